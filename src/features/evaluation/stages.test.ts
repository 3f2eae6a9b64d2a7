/**
 * Stages and criteria through the API: ordering, the criteria as one set whose weights add up to
 * 1 (refused otherwise, in both languages, changing nothing), criteria locked once scoring starts,
 * and the stage lifecycle's guards.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCampaign, buildUser, buildZone } from '../../testing/factories.js';
import { createTestApp, type TestApp, type TestUser } from '../../testing/test-app.js';

let t: TestApp;
let zoneId: number;
let staff: TestUser;
beforeAll(async () => {
  t = await createTestApp();
  zoneId = (await buildZone(t)).id;
  staff = await buildUser(t, { role: 'zone_staff', zoneId });
});
afterAll(() => t.close());

/** The four principles of the 十佳案例 selection. */
const PRINCIPLES = [
  { nameZh: '创新性', nameEn: 'Novelty', weight: 0.3, levels: [{ min: 90, max: 100, zh: '全国首创' }, { min: 0, max: 89.99, zh: '其他' }] },
  { nameZh: '操作性', weight: 0.25 },
  { nameZh: '契合性', weight: 0.25 },
  { nameZh: '地区特色', weight: 0.2 },
];

const call = (method: 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'GET', url: string, payload?: object, lang?: 'en') => t.call(staff, { method, url, payload, lang });
const snapshot = async () =>
  JSON.stringify({
    stages: await t.database.db.selectFrom('campaign_stages').selectAll().orderBy('id').execute(),
    criteria: await t.database.db.selectFrom('stage_criteria').selectAll().orderBy('id').execute(),
    audit: Number((await t.database.db.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n),
  });

async function scoredStage(campaignStatus: 'draft' | 'open' = 'draft') {
  const campaign = await buildCampaign(t, { zoneId, status: campaignStatus, by: staff });
  const stage = (await call('POST', `/api/campaigns/${campaign.id}/stages`, { kind: 'scored', name: '初赛', blind: true })).json().stage;
  return { campaign, stage };
}

describe('stages', () => {
  it('go where they are put, and the rest move along; a removed one closes the gap', async () => {
    const { id, stageId } = await buildCampaign(t, { zoneId, by: staff });
    const last = (await call('POST', `/api/campaigns/${id}/stages`, { kind: 'scored', name: '决赛' })).json().stage;
    const middle = (await call('POST', `/api/campaigns/${id}/stages`, { kind: 'activity', name: '训练营', ordinal: 2 })).json().stage;
    const first = (await call('POST', `/api/campaigns/${id}/stages`, { kind: 'qualification', name: '海选', ordinal: 1 })).json().stage;
    const order = async () => (await call('GET', `/api/campaigns/${id}`)).json().stages.map((s: { id: number }) => s.id);
    expect(await order()).toEqual([first.id, stageId, middle.id, last.id]);
    expect((await call('DELETE', `/api/campaigns/stages/${stageId}`)).statusCode).toBe(204);
    expect(await order()).toEqual([first.id, middle.id, last.id]);
    expect((await call('GET', `/api/campaigns/${id}`)).json().stages.map((s: { ordinal: number }) => s.ordinal)).toEqual([1, 2, 3]);
  });

  it('number at most 100 per campaign, the range the table keeps', async () => {
    const { id } = await buildCampaign(t, { zoneId, by: staff });
    await t.database.db
      .insertInto('campaign_stages')
      .values(Array.from({ length: 99 }, (_, i) => ({ campaign_id: id, ordinal: i + 2, kind: 'activity' as const, name: `活动${i + 2}` })))
      .execute();
    const refused = await call('POST', `/api/campaigns/${id}/stages`, { kind: 'activity', name: '第101个', ordinal: 1 });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toBe('一个评审活动最多设置 100 个阶段。');
  });

  it('a stage of a campaign already open cannot be removed', async () => {
    const { stageId } = await buildCampaign(t, { zoneId, status: 'open', by: staff });
    const refused = await call('DELETE', `/api/campaigns/stages/${stageId}`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('STAGE_NOT_DELETABLE');
  });
});

describe('criteria', () => {
  it('take the whole set whose weights add up to 1, exactly as given', async () => {
    const { stage } = await scoredStage();
    const set = await call('PUT', `/api/campaigns/stages/${stage.id}/criteria`, { criteria: PRINCIPLES });
    expect(set.statusCode, set.body).toBe(200);
    const criteria = set.json().stage.criteria;
    expect(criteria.map((c: { nameZh: string; weight: number; ordinal: number }) => [c.ordinal, c.nameZh, c.weight])).toEqual([[1, '创新性', 0.3], [2, '操作性', 0.25], [3, '契合性', 0.25], [4, '地区特色', 0.2]]);
    expect(criteria[0]).toMatchObject({ nameEn: 'Novelty', scaleMin: 0, scaleMax: 100, levels: [{ min: 90, max: 100, zh: '全国首创', en: null }, { min: 0, max: 89.99 }] });
    // Three tenths do not add up to 1 in binary floating point; in ten-thousandths they do.
    const thirds = await call('PUT', `/api/campaigns/stages/${stage.id}/criteria`, { criteria: [{ nameZh: '甲', weight: 0.1 }, { nameZh: '乙', weight: 0.2 }, { nameZh: '丙', weight: 0.7 }] });
    expect(thirds.statusCode, thirds.body).toBe(200);
    expect(thirds.json().stage.criteria).toHaveLength(3);
  });

  it('refuse weights that do not add up to 1, in Chinese and English, and change nothing', async () => {
    const { stage } = await scoredStage();
    await call('PUT', `/api/campaigns/stages/${stage.id}/criteria`, { criteria: PRINCIPLES });
    const before = await snapshot();
    const short = PRINCIPLES.slice(0, 3);
    const zh = await call('PUT', `/api/campaigns/stages/${stage.id}/criteria`, { criteria: short });
    expect(zh.statusCode).toBe(400);
    expect(zh.json().error).toMatchObject({ code: 'CRITERIA_WEIGHTS_SUM', message: '各项评分标准的权重之和须为 1（100%），现为 0.8。' });
    const en = await call('PUT', `/api/campaigns/stages/${stage.id}/criteria`, { criteria: [...PRINCIPLES, { nameZh: '额外', weight: 0.05 }] }, 'en');
    expect(en.json().error.message).toBe('The criteria weights must add up to 1 (100%); they add up to 1.05.');
    expect(en.json().error.fields[0]).toMatchObject({ path: 'criteria' });
    const fine = await call('PUT', `/api/campaigns/stages/${stage.id}/criteria`, { criteria: [{ nameZh: '甲', weight: 0.12345 }, { nameZh: '乙', weight: 0.87655 }] });
    expect(fine.statusCode).toBe(400);
    expect(fine.json().error.code).toBe('VALIDATION_FAILED');
    const twice = await call('PUT', `/api/campaigns/stages/${stage.id}/criteria`, { criteria: [{ nameZh: '甲', weight: 0.5 }, { nameZh: '甲', weight: 0.5 }] });
    expect(twice.json().error.code).toBe('DUPLICATE_NAMES');
    const offScale = await call('PUT', `/api/campaigns/stages/${stage.id}/criteria`, { criteria: [{ nameZh: '甲', weight: 1, scaleMax: 10, levels: [{ min: 8, max: 12, zh: '优' }] }] });
    expect(offScale.json().error.code).toBe('LEVEL_OUTSIDE_SCALE');
    const reversed = await call('PUT', `/api/campaigns/stages/${stage.id}/criteria`, { criteria: [{ nameZh: '甲', weight: 1, scaleMin: 10, scaleMax: 10 }] });
    expect(reversed.json().error.code).toBe('SCALE_REVERSED');
    expect(await snapshot()).toBe(before);
  });

  it('belong to scored stages only, and lock once scoring starts', async () => {
    const { campaign, stage } = await scoredStage('open');
    const notScored = await call('PUT', `/api/campaigns/stages/${campaign.stageId}/criteria`, { criteria: PRINCIPLES });
    expect(notScored.json().error.code).toBe('STAGE_NOT_SCORED');
    await call('POST', `/api/campaigns/stages/${stage.id}/open`, {});
    const empty = await call('POST', `/api/campaigns/stages/${stage.id}/start_scoring`, {});
    expect(empty.statusCode).toBe(409);
    expect(empty.json().error.code).toBe('STAGE_HAS_NO_CRITERIA');
    await call('PUT', `/api/campaigns/stages/${stage.id}/criteria`, { criteria: PRINCIPLES });
    const scoring = await call('POST', `/api/campaigns/stages/${stage.id}/start_scoring`, {});
    expect(scoring.statusCode, scoring.body).toBe(200);
    expect(scoring.json().stage).toMatchObject({ status: 'scoring', abilities: { setCriteria: false, update: false, close: true } });
    const before = await snapshot();
    const locked = await call('PUT', `/api/campaigns/stages/${stage.id}/criteria`, { criteria: [{ nameZh: '甲', weight: 1 }] });
    expect(locked.statusCode).toBe(409);
    expect(locked.json().error).toMatchObject({ code: 'CRITERIA_LOCKED', message: '阶段当前为「评分中」，评分标准已锁定。' });
    expect((await call('PATCH', `/api/campaigns/stages/${stage.id}`, { name: '改名' })).json().error.code).toBe('STAGE_NOT_EDITABLE');
    expect(await snapshot()).toBe(before);
  });
});

describe('the stage lifecycle', () => {
  it('moves only while its campaign is in progress, and only a scored stage scores', async () => {
    const { stage } = await scoredStage('draft');
    const draft = await call('POST', `/api/campaigns/stages/${stage.id}/open`, {});
    expect(draft.statusCode).toBe(409);
    expect(draft.json().error.message).toBe('评审活动当前为「草稿」，阶段只能在活动进行中推进。');
    const { campaign } = await scoredStage('open');
    await call('POST', `/api/campaigns/stages/${campaign.stageId}/open`, {});
    const registration = await call('POST', `/api/campaigns/stages/${campaign.stageId}/start_scoring`, {});
    expect(registration.json().error.code).toBe('STAGE_NOT_SCORED');
    const closed = await call('POST', `/api/campaigns/stages/${campaign.stageId}/close`, {});
    expect(closed.json().stage.status).toBe('closed');
    const published = await call('POST', `/api/campaigns/stages/${campaign.stageId}/publish`, { document: '烟自贸〔2021〕8号' });
    expect(published.json().stage.status).toBe('published');
    const entry = await t.database.db.selectFrom('audit_log').select(['type', 'after']).where('type', '=', 'campaign_stage.transitioned').orderBy('id', 'desc').limit(1).executeTakeFirstOrThrow();
    expect(entry.after).toMatchObject({ id: campaign.stageId, status: 'published' });
  });

  it('another zone\'s staff are neither shown nor let near a draft\'s stages', async () => {
    const { stage } = await scoredStage('draft');
    const other = await buildUser(t, { role: 'zone_staff', zoneId: (await buildZone(t)).id });
    for (const request of [
      { method: 'GET' as const, url: `/api/campaigns/stages/${stage.id}` },
      { method: 'PATCH' as const, url: `/api/campaigns/stages/${stage.id}`, payload: { name: '改' } },
      { method: 'PUT' as const, url: `/api/campaigns/stages/${stage.id}/criteria`, payload: { criteria: PRINCIPLES } },
      { method: 'POST' as const, url: `/api/campaigns/stages/${stage.id}/open`, payload: {} },
    ]) {
      expect((await t.call(other, request)).statusCode, request.url).toBe(404);
    }
  });
});
