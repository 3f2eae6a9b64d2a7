/**
 * Test setup for follow-up: a contest whose only scored stage has published results (two groups,
 * 一等奖 and 二等奖 in each, so four of six entries are awarded), each entry with an applicant
 * account of its own, and the campaign closed and — unless `publish: false` — published.
 */
import { buildUser } from '../../../testing/factories.js';
import type { DemoUser, TestApp, TestUser } from '../../../testing/test-app.js';
import { buildResultsStage } from '../results/results.fixture.js';

export type Winners = Awaited<ReturnType<typeof buildWinners>>;

export async function buildWinners(t: TestApp, organiser: DemoUser | TestUser, zoneId: number, { publish = true }: { publish?: boolean } = {}) {
  const s = await buildResultsStage(t, organiser, zoneId, { entries: 6, judges: 3 });
  const db = t.database.db;
  const applicants: TestUser[] = [];
  for (const id of s.entryIds) {
    const applicant = await buildUser(t, { role: 'applicant' });
    await db.updateTable('campaign_entries').set({ applicant_user_id: applicant.id }).where('id', '=', id).execute();
    applicants.push(applicant);
  }
  const call = async (url: string, payload: object = {}) => {
    const response = await t.call(organiser, { method: 'POST', url, payload });
    if (response.statusCode >= 300) throw new Error(`${url}: ${response.body}`);
  };
  await call(`/api/campaigns/stages/${s.stageId}/results`, { method: 'mean' });
  await call(`/api/campaigns/stages/${s.stageId}/results/publish`, { document: '烟自贸〔2026〕8号', startsOn: '2026-09-28' });
  // The factory's registration stage ends too: a campaign closes once every stage has.
  for (const step of ['open', 'close']) await call(`/api/campaigns/stages/${s.campaign.stageId}/${step}`);
  await call(`/api/campaigns/${s.campaign.id}/close`);
  if (publish) await call(`/api/campaigns/${s.campaign.id}/publish`);
  const statuses = await db.selectFrom('campaign_entries').select(['id', 'status']).where('id', 'in', s.entryIds).execute();
  const awarded = s.entryIds.filter((id) => statuses.find((r) => r.id === id)!.status === 'awarded');
  const others = s.entryIds.filter((id) => !awarded.includes(id));
  const applicantOf = (entryId: number) => applicants[s.entryIds.indexOf(entryId)]!;
  return { ...s, applicants, awarded, others, applicantOf };
}
