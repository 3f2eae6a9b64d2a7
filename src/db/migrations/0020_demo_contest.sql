-- The demo contest (issue 8, demo data): what a contest series says of itself over its editions
-- (the 烟台片区 article counts the prizes won at city, province and national level over six
-- editions), a campaign's public note (a winner's words, the follow-up service providers), and a
-- flag on entries that are samples — invented registrations filling a stated count, or real firms
-- whose 统一社会信用代码 the source does not give (the code shown is then a sample, marked 示例).

ALTER TABLE campaign_series ADD COLUMN description text;
ALTER TABLE campaign_series ADD COLUMN source text;
ALTER TABLE campaigns ADD COLUMN note text;
ALTER TABLE campaign_entries ADD COLUMN is_sample boolean NOT NULL DEFAULT false;
