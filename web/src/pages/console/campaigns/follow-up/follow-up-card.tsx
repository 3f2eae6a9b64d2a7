import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Table, Tag } from 'antd';
import { PUBLIC_CAMPAIGN_STATUSES } from '@shared/evaluation.enums';
import { periodLabel } from '@shared/follow-up.enums';
import { useState } from 'react';
import { isApiError } from '../../../../api/api';
import { useFollowUp } from '../../../../api/follow-up';
import type { Campaign, FollowUp, FollowUpPeriodTotals, FollowUpWinner, KpiReport } from '../../../../api/types';
import { EmptyState, QueryState } from '../../../../components/page-state';
import { useT } from '../../../../i18n/use-t';
import { testIdProps } from '../../../../lib/test-id';
import { useFormat } from '../../../../lib/use-format';
import { AgreementDialog } from './agreement-dialog';
import { AgreementItem } from '../../../../components/follow-up/agreement-item';
import { ReportsTable } from '../../../../components/follow-up/reports-table';

/**
 * 跟踪服务与绩效, the organiser's: once the campaign is published, each winner's agreements and
 * milestones, its latest KPIs and their trend, and the campaign's totals (the server sums them).
 * A viewer who does not organise the campaign is refused the data, and the card is not shown.
 */
export function FollowUpCard({ campaign }: { campaign: Campaign }) {
  const { t } = useT();
  const published = PUBLIC_CAMPAIGN_STATUSES.includes(campaign.status);
  const followUp = useFollowUp(campaign.id, published && campaign.kind === 'contest');
  if (campaign.kind !== 'contest' || isApiError(followUp.error, 403)) return null;
  return (
    <Card title={<h2 className="yz-card-title">{t('followUp.title')}</h2>} data-testid="follow-up-card">
      <p className="yz-muted">{t('followUp.lead')}</p>
      {published ? <QueryState query={followUp}>{(data) => <FollowUpView data={data} />}</QueryState> : <EmptyState description={t('followUp.notYet')} />}
    </Card>
  );
}

function FollowUpView({ data }: { data: FollowUp }) {
  const { t, lang } = useT();
  const format = useFormat();
  const [recording, setRecording] = useState<FollowUpWinner | null>(null);
  const { totals } = data;
  const figures = (r: { jobs: number; revenueWan: string; financingWan: string }) => ({ jobs: format.number(r.jobs), revenue: format.number(r.revenueWan), financing: format.number(r.financingWan) });
  const latestText = (r: KpiReport | null) => (r ? t('followUp.latestValue', { period: periodLabel(r.period, lang), ...figures(r) }) : t('followUp.none'));
  return (
    <>
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2, xl: 3 }}
        data-testid="follow-up-totals"
        items={[
          { key: 'winners', label: t('followUp.winners'), children: format.number(totals.winners) },
          { key: 'with', label: t('followUp.winnersWithAgreement'), children: format.number(totals.winnersWithAgreement) },
          { key: 'agreements', label: t('followUp.agreements'), children: format.number(totals.agreements) },
          { key: 'amount', label: t('followUp.agreementAmount'), children: format.number(totals.agreementAmountWan) },
          { key: 'milestones', label: t('followUp.milestones'), children: t('followUp.milestonesValue', { done: totals.milestones.done, total: totals.milestones.total, overdue: totals.milestones.overdue }) },
          {
            key: 'latest',
            label: t('followUp.latestTotals'),
            children: <span data-testid="follow-up-latest">{`${t('followUp.jobs')} ${figures(totals.latest).jobs} · ${t('followUp.revenue')} ${figures(totals.latest).revenue} · ${t('followUp.financing')} ${figures(totals.latest).financing}`}</span>,
          },
        ]}
      />
      <h3 className="yz-card-title" style={{ fontSize: 15 }}>{t('followUp.byPeriod')}</h3>
      <Table<FollowUpPeriodTotals>
        rowKey="period"
        size="small"
        className="yz-mb"
        dataSource={totals.periods}
        pagination={false}
        locale={{ emptyText: <EmptyState description={t('followUp.noReports')} /> }}
        onRow={(row) => testIdProps(`follow-up-period-${row.period}`)}
        columns={[
          { title: t('followUp.period'), dataIndex: 'period', render: (p: string) => periodLabel(p, lang) },
          { title: t('followUp.reports'), dataIndex: 'reports', align: 'right' },
          { title: t('followUp.jobs'), dataIndex: 'jobs', align: 'right', render: (n: number) => format.number(n) },
          { title: t('followUp.revenue'), dataIndex: 'revenueWan', align: 'right', render: (n: string) => format.number(n) },
          { title: t('followUp.financing'), dataIndex: 'financingWan', align: 'right', render: (n: string) => format.number(n) },
        ]}
      />
      <Table<FollowUpWinner>
        rowKey="entryId"
        size="small"
        dataSource={data.winners}
        pagination={data.winners.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
        scroll={{ x: 'max-content' }}
        onRow={(row) => testIdProps(`follow-up-winner-${row.entryId}`)}
        expandable={{
          rowExpandable: (row) => row.agreements.length > 0 || row.reports.length > 0,
          expandedRowRender: (row) => <WinnerDetail winner={row} />,
        }}
        columns={[
          { title: t('followUp.winner'), dataIndex: 'title' },
          { title: t('followUp.company'), dataIndex: 'companyName', render: (name: string | null) => name ?? '—' },
          { title: t('followUp.award'), key: 'award', render: (_, row) => (row.award ? <Tag color="gold">{row.award}</Tag> : '—') },
          { title: t('followUp.agreements'), key: 'agreements', align: 'right', render: (_, row) => row.agreements.length },
          { title: t('followUp.latest'), key: 'latest', render: (_, row) => latestText(row.latest) },
          {
            title: '',
            key: 'actions',
            render: (_, row) =>
              data.accepting && (
                <Button size="small" icon={<PlusOutlined aria-hidden="true" />} onClick={() => setRecording(row)} data-testid={`follow-up-add-${row.entryId}`}>
                  {t('followUp.addAgreement')}
                </Button>
              ),
          },
        ]}
      />
      {recording && <AgreementDialog winner={recording} onClose={() => setRecording(null)} />}
    </>
  );
}

/** A winner's agreements and milestones, and its reports quarter by quarter (the trend). */
function WinnerDetail({ winner }: { winner: FollowUpWinner }) {
  const { t } = useT();
  return (
    <div>
      {winner.agreements.map((agreement) => <AgreementItem key={agreement.id} agreement={agreement} editable />)}
      {winner.reports.length > 0 && <ReportsTable reports={winner.reports} />}
      {winner.agreements.length === 0 && winner.reports.length === 0 && <span className="yz-muted">{t('followUp.none')}</span>}
    </div>
  );
}
