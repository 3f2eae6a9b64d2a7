/**
 * Test setup for the non-scored stages: an open contest run by `organiser` with a due-diligence
 * stage and an activity stage (both open; the activity dated 2021-10-11 … 2021-10-15), and
 * `entries` companies in the running (qualified, or registered as `entryStatus` says), the first
 * owned by `applicantId` if given, and one more entry eliminated (not in the running). With
 * `qualification`, a 资格审查 stage too (open), in front of the others.
 */
import { creditCodeCheckCharacter } from '../../../shared/registry/credit-code.js';
import { buildCampaign } from '../../../testing/factories.js';
import type { DemoUser, TestApp, TestUser } from '../../../testing/test-app.js';

let serial = 0;
const code = () => {
  const body = `9137060${String(200_000_000 + serial++).slice(-9)}M`;
  return body + creditCodeCheckCharacter(body);
};

export type ActivityStages = Awaited<ReturnType<typeof buildActivityStages>>;

export async function buildActivityStages(
  t: TestApp,
  organiser: DemoUser | TestUser,
  zoneId: number,
  { entries = 3, applicantId, entryStatus = 'qualified', qualification = false }: { entries?: number; applicantId?: number; entryStatus?: 'registered' | 'qualified'; qualification?: boolean } = {},
) {
  const campaign = await buildCampaign(t, { zoneId, by: organiser, status: 'open' });
  const call = async (method: 'POST' | 'PUT', url: string, payload: object) => {
    const response = await t.call(organiser, { method, url, payload });
    if (response.statusCode >= 300) throw new Error(`${url}: ${response.body}`);
    return response.json();
  };
  const qualificationId = qualification ? ((await call('POST', `/api/campaigns/${campaign.id}/stages`, { kind: 'qualification', name: '资格审查' })).stage.id as number) : null;
  const diligenceId = (await call('POST', `/api/campaigns/${campaign.id}/stages`, { kind: 'due_diligence', name: '尽职调查' })).stage.id as number;
  const activityId = (await call('POST', `/api/campaigns/${campaign.id}/stages`, { kind: 'activity', name: '训练营', startsOn: '2021-10-11', endsOn: '2021-10-15' })).stage.id as number;
  for (const id of [qualificationId, diligenceId, activityId]) if (id !== null) await call('POST', `/api/campaigns/stages/${id}/open`, {});
  const db = t.database.db;
  const insert = (i: number, status: 'registered' | 'qualified' | 'eliminated', applicant: number | null) =>
    db
      .insertInto('campaign_entries')
      .values({ campaign_id: campaign.id, campaign_kind: 'contest', company_name: `尽调公司${serial}号`, credit_code: code(), project_name: `项目${i + 1}`, status, applicant_user_id: applicant })
      .returning('id')
      .executeTakeFirstOrThrow()
      .then((row) => row.id);
  const entryIds: number[] = [];
  for (let i = 0; i < entries; i++) entryIds.push(await insert(i, entryStatus, i === 0 ? (applicantId ?? null) : null));
  const outsiderId = await insert(entries, 'eliminated', null);
  return { campaign, qualificationId, diligenceId, activityId, entryIds, outsiderId, call };
}
