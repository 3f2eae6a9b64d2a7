/**
 * The database keeps the campaign model whole whoever writes (this app, an import, a script):
 * migration 0016's keys and checks, tried with plain SQL on both engines.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCampaign, buildInnovation, buildZone } from '../../testing/factories.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';

let t: TestApp;
let campaign: { id: number; seriesId: number; zoneId: number; stageId: number };
beforeAll(async () => {
  t = await createTestApp();
  campaign = await buildCampaign(t);
});
afterAll(() => t.close());

/** Refused by a key or a check, not for any other reason (a typo in the statement would not do). */
const refused = (statement: ReturnType<typeof sql>) => expect(statement.execute(t.database.db)).rejects.toThrow(/violates/);
const accepted = (statement: ReturnType<typeof sql>) => expect(statement.execute(t.database.db)).resolves.toBeDefined();

describe('migration 0016', () => {
  it('keeps a campaign in its series\' organiser zone, one campaign per edition, dates forward', async () => {
    const elsewhere = await buildZone(t);
    await refused(sql`INSERT INTO campaigns (series_id, organiser_zone_id, edition, year, kind, title) VALUES (${campaign.seriesId}, ${elsewhere.id}, 9, 2021, 'contest', '错位')`);
    await refused(sql`INSERT INTO campaigns (series_id, organiser_zone_id, edition, year, kind, title) VALUES (${campaign.seriesId}, ${campaign.zoneId}, 1, 2021, 'contest', '重复届次')`);
    await refused(sql`UPDATE campaigns SET starts_on = '2021-11-01', ends_on = '2021-09-01' WHERE id = ${campaign.id}`);
    await refused(sql`UPDATE campaigns SET kind = 'lottery' WHERE id = ${campaign.id}`);
    await accepted(sql`INSERT INTO campaigns (series_id, organiser_zone_id, edition, year, kind, title) VALUES (${campaign.seriesId}, ${campaign.zoneId}, 2, 2022, 'contest', '第二届')`);
  });

  it('numbers a campaign\'s stages once each and keeps their dates forward', async () => {
    await refused(sql`INSERT INTO campaign_stages (campaign_id, ordinal, kind, name) VALUES (${campaign.id}, 1, 'activity', '同序号')`);
    await refused(sql`INSERT INTO campaign_stages (campaign_id, ordinal, kind, name, starts_on, ends_on) VALUES (${campaign.id}, 2, 'activity', '倒序', '2021-10-02', '2021-10-01')`);
    await refused(sql`INSERT INTO campaign_stages (campaign_id, ordinal, kind, name) VALUES (${campaign.id}, 2, 'lottery', '未知类型')`);
    await refused(sql`INSERT INTO campaign_stages (campaign_id, ordinal, kind, name, advancement) VALUES (${campaign.id}, 2, 'scored', '无规则', '[]')`);
  });

  it('keeps criteria weights in (0, 1], scales the right way up, names once a stage', async () => {
    const stage = campaign.stageId;
    await refused(sql`INSERT INTO stage_criteria (stage_id, ordinal, name_zh, weight) VALUES (${stage}, 1, '超重', 1.5)`);
    await refused(sql`INSERT INTO stage_criteria (stage_id, ordinal, name_zh, weight) VALUES (${stage}, 1, '负权', -0.1)`);
    await refused(sql`INSERT INTO stage_criteria (stage_id, ordinal, name_zh, weight, scale_min, scale_max) VALUES (${stage}, 1, '倒置', 0.5, 10, 5)`);
    await accepted(sql`INSERT INTO stage_criteria (stage_id, ordinal, name_zh, weight) VALUES (${stage}, 1, '创新性', 0.3)`);
    await refused(sql`INSERT INTO stage_criteria (stage_id, ordinal, name_zh, weight) VALUES (${stage}, 2, '创新性', 0.3)`);
  });

  it('takes a contest entry from a registration and a best case from an innovation, never mixed', async () => {
    const innovation = await buildInnovation(t);
    const best = await buildCampaign(t, { kind: 'best_case' });
    await refused(sql`INSERT INTO campaign_entries (campaign_id, campaign_kind, innovation_id) VALUES (${campaign.id}, 'contest', ${innovation.id})`);
    await refused(sql`INSERT INTO campaign_entries (campaign_id, campaign_kind, innovation_id) VALUES (${campaign.id}, 'best_case', ${innovation.id})`);
    await refused(sql`INSERT INTO campaign_entries (campaign_id, campaign_kind, company_name, credit_code, project_name) VALUES (${campaign.id}, 'contest', '示例企业', 'not-a-code', '项目')`);
    await accepted(sql`INSERT INTO campaign_entries (campaign_id, campaign_kind, company_name, credit_code, project_name) VALUES (${campaign.id}, 'contest', '示例企业', '91370600MA3C00000X', '项目')`);
    await accepted(sql`INSERT INTO campaign_entries (campaign_id, campaign_kind, innovation_id) VALUES (${best.id}, 'best_case', ${innovation.id})`);
    await refused(sql`INSERT INTO campaign_entries (campaign_id, campaign_kind, innovation_id) VALUES (${best.id}, 'best_case', ${innovation.id})`);
    // A campaign with entries cannot change kind: the entries' kind follows it and then fails their check.
    await refused(sql`UPDATE campaigns SET kind = 'contest' WHERE id = ${best.id}`);
    const other = await buildCampaign(t);
    const category = await t.database.db.insertInto('campaign_categories').values({ campaign_id: other.id, name: '别家组' }).returning('id').executeTakeFirstOrThrow();
    await refused(sql`INSERT INTO campaign_entries (campaign_id, campaign_kind, category_id, company_name, credit_code, project_name) VALUES (${campaign.id}, 'contest', ${category.id}, '示例企业', '91370600MA3C00000X', '别家类别')`);
  });
});
