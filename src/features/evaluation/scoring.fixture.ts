/** Test setup for scoring: an open contest with a blind scored stage, its criteria, entries, and a pool of judges with accounts. */
import { creditCodeCheckCharacter } from '../../shared/registry/credit-code.js';
import { TEST_PASSWORD } from '../../testing/constants.js';
import { buildCampaign, buildUser } from '../../testing/factories.js';
import type { DemoUser, TestApp, TestUser } from '../../testing/test-app.js';

export const CRITERIA = [
  { nameZh: '创新性', weight: 0.4, scaleMin: 0, scaleMax: 100 },
  { nameZh: '可行性', weight: 0.6, scaleMin: 0, scaleMax: 10 },
];

let serial = 0;
const code = () => {
  const body = `9144010${String(100_000_000 + serial++).slice(-9)}M`;
  return body + creditCodeCheckCharacter(body);
};

export type Judge = TestUser & { expertId: number };

/** `judges` experts with judge accounts; their organisations are `organisations[i]` (default: their own). */
export async function buildJudges(t: TestApp, count: number, organisations: (string | null)[] = []): Promise<Judge[]> {
  const judges: Judge[] = [];
  for (let i = 0; i < count; i++) {
    const user = await buildUser(t, { role: 'judge' });
    const expert = await t.database.db
      .insertInto('experts')
      .values({ name: `评委${user.id}`, field: '综合', organisation: organisations[i] ?? `单位${user.id}`, user_id: user.id })
      .returning('id')
      .executeTakeFirstOrThrow();
    judges.push({ ...user, expertId: expert.id });
  }
  return judges;
}

/** The judges already in the pool: the demo contest's 示例 judges (accounts with the demo password). A draw draws from them too. */
export async function demoJudges(t: TestApp): Promise<Judge[]> {
  const rows = await t.database.db
    .selectFrom('experts as e')
    .innerJoin('users as u', 'u.id', 'e.user_id')
    .select(['u.id', 'u.username', 'e.id as expert_id'])
    .where('u.role', '=', 'judge')
    .orderBy('e.id')
    .execute();
  return rows.map((row) => ({ id: row.id, username: row.username, password: TEST_PASSWORD, expertId: row.expert_id }));
}

/** Takes the demo's judges out of the pool (experts made inactive), for a test whose draw must give exactly the judges it builds: call it first. */
export async function retireDemoJudges(t: TestApp): Promise<void> {
  const demo = await demoJudges(t);
  if (demo.length > 0) await t.database.db.updateTable('experts').set({ is_active: false }).where('id', 'in', demo.map((judge) => judge.expertId)).execute();
}

/** An open contest run by `organiser` in `zoneId`, a blind scored stage (open) with CRITERIA, and `entries` registered companies. */
export async function buildScoredStage(t: TestApp, organiser: DemoUser | TestUser, zoneId: number, entries: number) {
  const campaign = await buildCampaign(t, { zoneId, by: organiser, status: 'open' });
  const call = (method: 'POST' | 'PUT', url: string, payload: object) => t.call(organiser, { method, url, payload });
  const stage = (await call('POST', `/api/campaigns/${campaign.id}/stages`, { kind: 'scored', name: '初赛', blind: true })).json().stage;
  const set = (await call('PUT', `/api/campaigns/stages/${stage.id}/criteria`, { criteria: CRITERIA })).json().stage;
  const open = await call('POST', `/api/campaigns/stages/${stage.id}/open`, {});
  if (open.statusCode !== 200) throw new Error(`open stage: ${open.body}`);
  const companies: string[] = [];
  const entryIds: number[] = [];
  for (let i = 0; i < entries; i++) {
    const company = `参赛公司${serial}号`;
    const row = await t.database.db
      .insertInto('campaign_entries')
      .values({ campaign_id: campaign.id, campaign_kind: 'contest', company_name: company, credit_code: code(), project_name: `项目${i + 1}` })
      .returning('id')
      .executeTakeFirstOrThrow();
    companies.push(company);
    entryIds.push(row.id);
  }
  const criteria = set.criteria.map((c: { id: number }) => c.id) as number[];
  return { campaign, stageId: stage.id as number, criteria, entryIds, companies };
}
