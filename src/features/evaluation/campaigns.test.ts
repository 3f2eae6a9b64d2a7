/**
 * Campaign use cases through the API: series and editions, who may organise which kind,
 * categories with prize tiers, the campaign's guards, and who sees a campaign in each status.
 * Records come from the factories, so nothing depends on the demo data.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCampaign, buildUser, buildZone } from '../../testing/factories.js';
import { createTestApp, type TestApp, type TestUser } from '../../testing/test-app.js';

let t: TestApp;
let area: { id: number; path: string };
let staff: TestUser;
let province: TestUser;
beforeAll(async () => {
  t = await createTestApp();
  const ftz = await buildZone(t);
  area = await buildZone(t, { parentId: ftz.id });
  staff = await buildUser(t, { role: 'zone_staff', zoneId: area.id });
  province = await buildUser(t, { role: 'province_admin', zoneId: ftz.id });
});
afterAll(() => t.close());

const auditCount = async () => Number((await t.database.db.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

async function newSeries(user: TestUser, zoneId: number, name = `系列${Math.random()}`) {
  const response = await t.call(user, { method: 'POST', url: '/api/campaigns/series', payload: { name, organiserZoneId: zoneId } });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().series.id as number;
}

describe('campaigns', () => {
  it('a zone organises its own contest: series, edition, categories, stages, and reads it back in one answer', async () => {
    const seriesId = await newSeries(staff, area.id, '烟台片区创新创业大赛');
    const created = await t.call(staff, {
      method: 'POST',
      url: '/api/campaigns',
      payload: { seriesId, edition: 6, year: 2021, kind: 'contest', title: '第六届创新创业大赛', startsOn: '2021-09-01', endsOn: '2021-11-30', source: '烟台片区公众号 2021-11' },
    });
    expect(created.statusCode, created.body).toBe(201);
    const campaign = created.json().campaign;
    expect(campaign).toMatchObject({ status: 'draft', isPublic: false, edition: 6, organiserZoneId: area.id, abilities: { update: true, open: true, close: false } });
    const group = await t.call(staff, { method: 'POST', url: `/api/campaigns/${campaign.id}/categories`, payload: { name: '初创组', slots: 6, prizes: [{ name: '一等奖', count: 1 }, { name: '二等奖', count: 2 }, { name: '三等奖', count: 3 }] } });
    expect(group.statusCode, group.body).toBe(201);
    for (const name of ['宣传报名', '决赛']) {
      const stage = await t.call(staff, { method: 'POST', url: `/api/campaigns/${campaign.id}/stages`, payload: { kind: name === '决赛' ? 'scored' : 'registration', name, startsOn: '2021-09-01' } });
      expect(stage.statusCode, stage.body).toBe(201);
    }
    const detail = (await t.call(staff, { method: 'GET', url: `/api/campaigns/${campaign.id}` })).json();
    expect(detail.categories.map((c: { name: string; prizes: unknown[] }) => [c.name, c.prizes.length])).toEqual([['初创组', 3]]);
    expect(detail.stages.map((s: { ordinal: number; name: string; status: string }) => [s.ordinal, s.name, s.status])).toEqual([[1, '宣传报名', 'planned'], [2, '决赛', 'planned']]);

    const again = await t.call(staff, { method: 'POST', url: '/api/campaigns', payload: { seriesId, edition: 6, year: 2022, kind: 'contest', title: '重复' } });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('EDITION_TAKEN');
  });

  it('best-case selections are the province office\'s: a zone is told so, and nothing is written', async () => {
    const seriesId = await newSeries(staff, area.id);
    const before = await auditCount();
    const refused = await t.call(staff, { method: 'POST', url: '/api/campaigns', payload: { seriesId, edition: 1, year: 2021, kind: 'best_case', title: '十佳案例' } });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('BEST_CASE_BY_PROVINCE');
    expect(refused.json().error.message).toMatch(/省自贸办/);
    expect(await auditCount()).toBe(before);
    const made = await t.call(province, { method: 'POST', url: '/api/campaigns', payload: { seriesId, edition: 1, year: 2021, kind: 'best_case', title: '十佳案例' } });
    expect(made.statusCode, made.body).toBe(201);
    // The zone sees the province's selection but cannot change it.
    const seen = await t.call(staff, { method: 'GET', url: `/api/campaigns/${made.json().campaign.id}` });
    expect(seen.json().campaign.abilities).toMatchObject({ update: false, open: false });
    expect((await t.call(staff, { method: 'PATCH', url: `/api/campaigns/${made.json().campaign.id}`, payload: { title: '改' } })).statusCode).toBe(403);
  });

  it('refuses reversed dates and a stage outside the campaign\'s dates, in both languages, changing nothing', async () => {
    const { id } = await buildCampaign(t, { zoneId: area.id });
    const reversed = await t.call(staff, { method: 'PATCH', url: `/api/campaigns/${id}`, payload: { startsOn: '2021-10-01', endsOn: '2021-09-01' } });
    expect(reversed.statusCode).toBe(400);
    expect(reversed.json().error.fields[0]).toMatchObject({ path: 'endsOn' });
    await t.call(staff, { method: 'PATCH', url: `/api/campaigns/${id}`, payload: { startsOn: '2021-09-01', endsOn: '2021-11-30' } });
    const before = await auditCount();
    const outside = await t.call(staff, { method: 'POST', url: `/api/campaigns/${id}/stages`, payload: { kind: 'activity', name: '训练营', startsOn: '2021-12-01' }, lang: 'en' });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().error.message).toContain('outside the campaign');
    expect(await auditCount()).toBe(before);
    // Nor may the campaign's dates move so that a stage it has falls outside them.
    await t.call(staff, { method: 'POST', url: `/api/campaigns/${id}/stages`, payload: { kind: 'activity', name: '训练营', startsOn: '2021-10-10', endsOn: '2021-10-12' } });
    const shrunk = await t.call(staff, { method: 'PATCH', url: `/api/campaigns/${id}`, payload: { endsOn: '2021-10-11' } });
    expect(shrunk.statusCode).toBe(400);
    expect(shrunk.json().error.message).toBe('阶段「训练营」的日期超出了评审活动的起止日期（2021-09-01 至 2021-10-11）。');
  });

  it('keeps prize tiers within a category\'s slots and category names unique', async () => {
    const { id } = await buildCampaign(t, { zoneId: area.id });
    const over = await t.call(staff, { method: 'POST', url: `/api/campaigns/${id}/categories`, payload: { name: '成长组', slots: 2, prizes: [{ name: '一等奖', count: 1 }, { name: '二等奖', count: 2 }] } });
    expect(over.statusCode).toBe(400);
    expect(over.json().error.message).toContain('超过了该类别的名额');
    const twice = await t.call(staff, { method: 'POST', url: `/api/campaigns/${id}/categories`, payload: { name: '成长组', prizes: [{ name: '一等奖', count: 1 }, { name: '一等奖', count: 2 }] } });
    expect(twice.json().error.code).toBe('DUPLICATE_NAMES');
    const made = await t.call(staff, { method: 'POST', url: `/api/campaigns/${id}/categories`, payload: { name: '成长组' } });
    expect(made.statusCode).toBe(201);
    const clash = await t.call(staff, { method: 'POST', url: `/api/campaigns/${id}/categories`, payload: { name: '成长组' } });
    expect(clash.json().error.code).toBe('CATEGORY_NAME_TAKEN');
    const shrink = await t.call(staff, { method: 'PATCH', url: `/api/campaigns/categories/${made.json().category.id}`, payload: { prizes: [{ name: '一等奖', count: 3 }], slots: 2 } });
    expect(shrink.statusCode).toBe(400);
    const renamed = await t.call(staff, { method: 'PATCH', url: `/api/campaigns/categories/${made.json().category.id}`, payload: { name: '乡村振兴组', slots: 4 } });
    expect(renamed.json().category).toMatchObject({ name: '乡村振兴组', slots: 4 });
  });

  it('a category a quota rule names, or one with entries, stays', async () => {
    const { id } = await buildCampaign(t, { zoneId: area.id });
    const category = (await t.call(staff, { method: 'POST', url: `/api/campaigns/${id}/categories`, payload: { name: '自贸创新组' } })).json().category;
    const unknown = await t.call(staff, { method: 'POST', url: `/api/campaigns/${id}/stages`, payload: { kind: 'scored', name: '初赛', advancement: { kind: 'quota', perCategory: { '999999': 3 } } } });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.code).toBe('UNKNOWN_CATEGORY');
    const ruled = await t.call(staff, { method: 'POST', url: `/api/campaigns/${id}/stages`, payload: { kind: 'scored', name: '初赛', advancement: { kind: 'quota', perCategory: { [category.id]: 3 } } } });
    expect(ruled.statusCode, ruled.body).toBe(201);
    const kept = await t.call(staff, { method: 'DELETE', url: `/api/campaigns/categories/${category.id}` });
    expect(kept.statusCode).toBe(409);
    expect(kept.json().error.code).toBe('CATEGORY_IN_RULE');
    await t.call(staff, { method: 'PATCH', url: `/api/campaigns/stages/${ruled.json().stage.id}`, payload: { advancement: { kind: 'top_n', n: 24, per: 'overall' } } });
    await t.database.db.insertInto('campaign_entries').values({ campaign_id: id, campaign_kind: 'contest', category_id: category.id, company_name: '示例企业', credit_code: '91370600MA3C00000X', project_name: '示例项目' }).execute();
    expect((await t.call(staff, { method: 'DELETE', url: `/api/campaigns/categories/${category.id}` })).json().error.code).toBe('CATEGORY_HAS_ENTRIES');
    const spare = (await t.call(staff, { method: 'POST', url: `/api/campaigns/${id}/categories`, payload: { name: '备用组' } })).json().category;
    expect((await t.call(staff, { method: 'DELETE', url: `/api/campaigns/categories/${spare.id}` })).statusCode).toBe(204);
  });

  it('opens only with a stage, closes only when every stage has closed, and then its setup is a record', async () => {
    const seriesId = await newSeries(staff, area.id);
    const bare = (await t.call(staff, { method: 'POST', url: '/api/campaigns', payload: { seriesId, edition: 1, year: 2021, kind: 'contest', title: '空' } })).json().campaign;
    const early = await t.call(staff, { method: 'POST', url: `/api/campaigns/${bare.id}/open`, payload: {} });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.code).toBe('CAMPAIGN_HAS_NO_STAGES');

    const { id, stageId } = await buildCampaign(t, { zoneId: area.id, status: 'open' });
    const unfinished = await t.call(staff, { method: 'POST', url: `/api/campaigns/${id}/close`, payload: {} });
    expect(unfinished.statusCode).toBe(409);
    expect(unfinished.json().error.message).toContain('还有一个阶段未结束');
    for (const step of ['open', 'close']) expect((await t.call(staff, { method: 'POST', url: `/api/campaigns/stages/${stageId}/${step}`, payload: {} })).statusCode).toBe(200);
    expect((await t.call(staff, { method: 'POST', url: `/api/campaigns/${id}/close`, payload: {} })).json().campaign.status).toBe('closed');
    const locked = await t.call(staff, { method: 'PATCH', url: `/api/campaigns/${id}`, payload: { title: '改名' } });
    expect(locked.statusCode).toBe(409);
    expect(locked.json().error.message).toContain('已结束');
    const reopened = await t.call(staff, { method: 'POST', url: `/api/campaigns/${id}/reopen`, payload: { comment: '异议成立，复核' } });
    expect(reopened.json().campaign.status).toBe('open');
  });
});

describe('who sees a campaign', () => {
  it('a draft is its organiser\'s; once open, the zones under the organiser see it; once published, everyone', async () => {
    const ftz = await buildZone(t);
    const [below, beside] = [await buildZone(t, { parentId: ftz.id }), await buildZone(t)];
    const [belowStaff, besideStaff] = [await buildUser(t, { role: 'zone_staff', zoneId: below.id }), await buildUser(t, { role: 'zone_staff', zoneId: beside.id })];
    const judge = await buildUser(t, { role: 'judge' });
    const { id } = await buildCampaign(t, { zoneId: ftz.id, kind: 'best_case' });
    const status = async (user: TestUser | null) => (await t.call(user, { method: 'GET', url: `/api/campaigns/${id}` })).statusCode;
    const listed = async (user: TestUser | null) => (await t.call(user, { method: 'GET', url: '/api/campaigns?pageSize=200' })).json().items.some((c: { id: number }) => c.id === id);
    const publicListed = async () => (await t.call(null, { method: 'GET', url: '/api/public/campaigns?pageSize=200' })).json().items.some((c: { id: number }) => c.id === id);
    expect([await status(belowStaff), await status(besideStaff), await status(judge), await status(null)]).toEqual([404, 404, 404, 404]);
    expect(await listed(belowStaff)).toBe(false);

    const office = await buildUser(t, { role: 'province_admin' });
    const stageId = (await t.call(office, { method: 'GET', url: `/api/campaigns/${id}` })).json().stages[0].id;
    await t.call(office, { method: 'POST', url: `/api/campaigns/${id}/open`, payload: {} });
    expect([await status(belowStaff), await status(besideStaff), await status(judge), await status(null)]).toEqual([200, 404, 404, 404]);
    expect(await listed(belowStaff)).toBe(true);
    expect(await publicListed()).toBe(false);
    expect((await t.call(belowStaff, { method: 'GET', url: `/api/campaigns/stages/${stageId}` })).statusCode).toBe(200);
    expect((await t.call(besideStaff, { method: 'GET', url: `/api/campaigns/stages/${stageId}` })).statusCode).toBe(404);

    for (const step of ['open', 'close']) await t.call(office, { method: 'POST', url: `/api/campaigns/stages/${stageId}/${step}`, payload: {} });
    await t.call(office, { method: 'PATCH', url: `/api/campaigns/${id}`, payload: { sourceNote: '内部：据会议纪要整理' } }).then((r) => expect(r.statusCode).toBe(200));
    for (const step of ['close', 'publish']) expect((await t.call(office, { method: 'POST', url: `/api/campaigns/${id}/${step}`, payload: {} })).statusCode).toBe(200);
    expect([await status(belowStaff), await status(besideStaff), await status(judge), await status(null)]).toEqual([200, 200, 200, 200]);
    expect(await publicListed()).toBe(true);
    const publicItem = (await t.call(null, { method: 'GET', url: '/api/public/campaigns?pageSize=200' })).json().items.find((c: { id: number }) => c.id === id);
    expect(publicItem).not.toHaveProperty('sourceNote');
    expect(publicItem).not.toHaveProperty('abilities');
    expect((await t.call(besideStaff, { method: 'GET', url: `/api/campaigns/${id}` })).json().campaign.sourceNote).toBeNull();
    expect((await t.call(office, { method: 'GET', url: `/api/campaigns/${id}` })).json().campaign.sourceNote).toBe('内部：据会议纪要整理');
  });
});
