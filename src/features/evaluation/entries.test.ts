/**
 * Entries through the API: the province nominates recognised innovations into a best-case
 * selection; the public registers for an open contest (code checked, account created) and the
 * applicant sees its own entries only. Every refusal is a zh/en 4xx that changes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { creditCodeCheckCharacter } from '../../shared/registry/credit-code.js';
import { buildCampaign, buildInnovation, buildUser, buildZone } from '../../testing/factories.js';
import { createTestApp, type TestApp, type TestUser } from '../../testing/test-app.js';

let t: TestApp;
let province: TestUser;
let staff: TestUser;
let zoneId: number;
beforeAll(async () => {
  t = await createTestApp();
  zoneId = (await buildZone(t)).id;
  province = await buildUser(t, { role: 'province_admin' });
  staff = await buildUser(t, { role: 'zone_staff', zoneId });
});
afterAll(() => t.close());

const code = (body17: string) => body17 + creditCodeCheckCharacter(body17);
const snapshot = async () =>
  JSON.stringify({
    entries: await t.database.db.selectFrom('campaign_entries').selectAll().orderBy('id').execute(),
    users: await t.database.db.selectFrom('users').select(['id', 'username']).orderBy('id').execute(),
  });
async function category(campaignId: number, name = '初创组') {
  return (await t.database.db.insertInto('campaign_categories').values({ campaign_id: campaignId, name }).returning('id').executeTakeFirstOrThrow()).id;
}

describe('best-case nominations', () => {
  it('take a recognised innovation of any zone, once; nothing else', async () => {
    const campaign = await buildCampaign(t, { kind: 'best_case', by: province });
    const recognised = await buildInnovation(t, { status: 'recognized' });
    const draft = await buildInnovation(t, { status: 'draft' });
    const nominated = await t.call(province, { method: 'POST', url: `/api/campaigns/${campaign.id}/entries`, payload: { innovationId: recognised.id } });
    expect(nominated.statusCode, nominated.body).toBe(201);
    expect(nominated.json().entry).toMatchObject({ kind: 'best_case', innovationId: recognised.id, companyName: null });
    const before = await snapshot();
    const again = await t.call(province, { method: 'POST', url: `/api/campaigns/${campaign.id}/entries`, payload: { innovationId: recognised.id } });
    expect(again.statusCode).toBe(409);
    const notYet = await t.call(province, { method: 'POST', url: `/api/campaigns/${campaign.id}/entries`, payload: { innovationId: draft.id }, lang: 'en' });
    expect(notYet.statusCode).toBe(400);
    expect(notYet.json().error.message).toBe('Only a recognised innovation can be nominated.');
    const foreignCategory = await category((await buildCampaign(t, { kind: 'best_case', by: province })).id);
    expect((await t.call(province, { method: 'POST', url: `/api/campaigns/${campaign.id}/entries`, payload: { innovationId: draft.id, categoryId: foreignCategory } })).statusCode).toBe(400);
    expect(await snapshot()).toBe(before);
    const list = await t.call(province, { method: 'GET', url: `/api/campaigns/${campaign.id}/entries` });
    expect(list.json().items.map((e: { id: number }) => e.id)).toEqual([nominated.json().entry.id]);
  });

  it('a contest takes no nomination', async () => {
    const contest = await buildCampaign(t, { zoneId, by: staff });
    const innovation = await buildInnovation(t, { status: 'recognized' });
    const refused = await t.call(staff, { method: 'POST', url: `/api/campaigns/${contest.id}/entries`, payload: { innovationId: innovation.id } });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('ENTRY_KIND_MISMATCH');
  });
});

describe('contest registration', () => {
  it('the public sees an open contest, its groups and the password policy; no draft', async () => {
    const contest = await buildCampaign(t, { zoneId, by: staff, status: 'open' });
    const draft = await buildCampaign(t, { zoneId, by: staff });
    const group = await category(contest.id, '成长组');
    const form = await t.call(null, { method: 'GET', url: `/api/public/campaigns/${contest.id}/registration` });
    expect(form.statusCode, form.body).toBe(200);
    expect(form.json()).toMatchObject({ campaign: { id: contest.id, registrationOpen: true }, groups: [{ id: group, name: '成长组' }], passwordPolicy: { minLength: expect.any(Number), minClasses: expect.any(Number) } });
    expect(form.json().campaign).not.toHaveProperty('sourceNote');
    const closed = await t.call(null, { method: 'GET', url: `/api/public/campaigns/${draft.id}/registration`, lang: 'en' });
    expect(closed.statusCode).toBe(404);
    expect(closed.json().error.message).toBe('No such contest is open for registration.');
    const listed = (await t.call(null, { method: 'GET', url: '/api/public/campaigns?pageSize=100' })).json().items as { id: number; registrationOpen: boolean }[];
    expect(listed.find((c) => c.id === contest.id)?.registrationOpen).toBe(true);
    expect(listed.some((c) => c.id === draft.id)).toBe(false);
  });

  it('creates the entry and an applicant account that sees only its own entries', async () => {
    const contest = await buildCampaign(t, { zoneId, by: staff, status: 'open', title: '第六届创新创业大赛' });
    const group = await category(contest.id);
    const payload = { companyName: '广州某科技有限公司', creditCode: code('91440101MA59ABCD1'), projectName: '跨境数据合规平台', categoryId: group, contact: '陈经理 020-12345678', password: 'Reg!stration2026' };
    const registered = await t.call(null, { method: 'POST', url: `/api/public/campaigns/${contest.id}/registrations`, payload });
    expect(registered.statusCode, registered.body).toBe(201);
    expect(registered.json()).toMatchObject({ username: payload.creditCode, entry: { kind: 'contest', title: '跨境数据合规平台', categoryId: group } });
    const other = await t.call(null, { method: 'POST', url: `/api/public/campaigns/${contest.id}/registrations`, payload: { ...payload, companyName: '另一家公司', creditCode: code('91440101MA59ABCD2') } });
    expect(other.statusCode).toBe(201);
    const account = await t.database.db.selectFrom('users').select(['id', 'role']).where('username', '=', payload.creditCode).executeTakeFirstOrThrow();
    expect(account.role).toBe('applicant');
    const applicant = { id: account.id, username: payload.creditCode, password: payload.password };
    const mine = await t.call(applicant, { method: 'GET', url: '/api/my/entries' });
    expect(mine.json().items.map((e: { id: number }) => e.id)).toEqual([registered.json().entry.id]);
    // The applicant does not see the campaign itself: its entry names the contest and the group.
    expect(mine.json().items[0]).toMatchObject({ campaignTitle: '第六届创新创业大赛', categoryName: '初创组' });
    expect((await t.call(applicant, { method: 'GET', url: `/api/campaigns/${contest.id}/entries` })).statusCode).toBe(404);
    const organiser = await t.call(staff, { method: 'GET', url: `/api/campaigns/${contest.id}/entries` });
    expect(organiser.json().items).toHaveLength(2);
  });

  it('refuses a bad code, a weak password, a foreign group, a code already registered and a contest not open, changing nothing', async () => {
    const contest = await buildCampaign(t, { zoneId, by: staff, status: 'open' });
    const draft = await buildCampaign(t, { zoneId, by: staff });
    const group = await category(contest.id);
    const good = { companyName: '深圳某公司', creditCode: code('91440300MA5F00001'), projectName: '项目', categoryId: group, contact: '李 13800000000', password: 'Reg!stration2026' };
    expect((await t.call(null, { method: 'POST', url: `/api/public/campaigns/${contest.id}/registrations`, payload: good })).statusCode).toBe(201);
    const before = await snapshot();
    const wrongCheck = good.creditCode.slice(0, 17) + (good.creditCode[17] === '0' ? '1' : '0');
    for (const [payload, status, errorCode, campaignId] of [
      [{ ...good, creditCode: code('91440300MA5F00002').slice(0, 17) + wrongCheck[17] }, 400, 'CREDIT_CODE_INVALID', contest.id],
      [{ ...good, creditCode: '123' }, 400, 'CREDIT_CODE_INVALID', contest.id],
      [{ ...good, creditCode: code('91440300MA5F00003'), password: 'short' }, 400, 'WEAK_PASSWORD', contest.id],
      [{ ...good, creditCode: code('91440300MA5F00004'), categoryId: await category(draft.id) }, 400, 'ENTRY_UNKNOWN_CATEGORY', contest.id],
      [good, 409, 'REGISTRATION_TAKEN', contest.id],
      [{ ...good, creditCode: code('91440300MA5F00005') }, 404, 'REGISTRATION_NOT_OPEN', draft.id],
    ] as const) {
      const refused = await t.call(null, { method: 'POST', url: `/api/public/campaigns/${campaignId}/registrations`, payload });
      expect(refused.statusCode, `${errorCode} ${refused.body}`).toBe(status);
      expect(refused.json().error.code).toBe(errorCode);
    }
    expect(await snapshot()).toBe(before);
  });

  it('ends when the contest\'s 报名 stage closes: the form, the list and a late registration all say so, and nothing is written', async () => {
    const contest = await buildCampaign(t, { zoneId, by: staff, status: 'open' });
    const group = await category(contest.id);
    const stage = await t.database.db.insertInto('campaign_stages').values({ campaign_id: contest.id, kind: 'registration', name: '宣传报名', ordinal: 99, status: 'open' }).returning('id').executeTakeFirstOrThrow();
    const late = { companyName: '晚到公司', creditCode: code('91440300MA5F00009'), projectName: '项目', categoryId: group, contact: '王 13800000001', password: 'Reg!stration2026' };
    const form = () => t.call(null, { method: 'GET', url: `/api/public/campaigns/${contest.id}/registration` });
    expect((await form()).statusCode).toBe(200);
    await t.database.db.updateTable('campaign_stages').set({ status: 'closed' }).where('id', '=', stage.id).execute();
    expect((await form()).statusCode).toBe(404);
    const listed = (await t.call(null, { method: 'GET', url: '/api/public/campaigns?pageSize=100' })).json().items as { id: number; registrationOpen: boolean }[];
    expect(listed.find((c) => c.id === contest.id)?.registrationOpen).toBe(false);
    const before = await snapshot();
    const refused = await t.call(null, { method: 'POST', url: `/api/public/campaigns/${contest.id}/registrations`, payload: late });
    expect(refused.statusCode, refused.body).toBe(404);
    expect(refused.json().error.code).toBe('REGISTRATION_NOT_OPEN');
    expect(await snapshot()).toBe(before);
  });
});
