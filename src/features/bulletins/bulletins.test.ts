/**
 * 简报 on a real database: a draft's figures are live (a correction shows at once), issuing freezes
 * them (a later correction changes nothing), the text cites only defined figures of zones under the
 * office, edits name their version, and the public sees issued bulletins only, searchable.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildInnovation, buildUser, buildZone } from '../../testing/factories.js';
import { createTestApp, type TestApp, type TestUser } from '../../testing/test-app.js';
import type { BulletinDto, FigureDto } from './bulletins.schema.js';

let t: TestApp;
let office: { id: number };
let zoneA: { id: number };
let zoneB: { id: number };
let outside: { id: number };
let admin: TestUser;
let staffA: TestUser;
let staffOutside: TestUser;
let valueId: number;
const CODE = 'test_bulletin_trade';
const SOURCE = '《测试通报》（测试供稿, 2026）';

beforeAll(async () => {
  t = await createTestApp();
  office = await buildZone(t);
  zoneA = await buildZone(t, { parentId: office.id, shortName: '甲区' });
  zoneB = await buildZone(t, { parentId: office.id, shortName: '乙区' });
  outside = await buildZone(t);
  admin = await buildUser(t, { role: 'province_admin' });
  staffA = await buildUser(t, { role: 'zone_staff', zoneId: zoneA.id });
  staffOutside = await buildUser(t, { role: 'zone_staff', zoneId: outside.id });
  const created = await t.call(admin, { method: 'POST', url: '/api/indicators', payload: { code: CODE, nameZh: '测试外贸', nameEn: 'Test trade', unit: 'cny_100m', periodKind: 'year', combine: 'sum' } });
  expect(created.statusCode, created.body).toBe(201);
  const value = (zoneId: number, period: string, v: string, qualifier: string | null = null) => ({ indicator: CODE, zoneId, period, value: v, unit: 'cny_100m', qualifier, source: SOURCE });
  const recorded = await t.call(admin, {
    method: 'POST',
    url: '/api/indicator-values',
    payload: { values: [value(zoneA.id, '2019', '62.9'), value(zoneA.id, '2020', '120', 'about'), value(zoneB.id, '2019', '70'), value(zoneB.id, '2020', '100')] },
  });
  expect(recorded.statusCode, recorded.body).toBe(201);
  valueId = (recorded.json() as { items: { id: number; zoneId: number; period: string }[] }).items.find((v) => v.zoneId === zoneA.id && v.period === '2020')!.id;
  for (const status of ['recognized', 'province_replicated', 'draft'] as const) await buildInnovation(t, { zoneId: zoneA.id, status });
  await buildInnovation(t, { zoneId: zoneB.id, status: 'recognized' });
});
afterAll(() => t.close());

const draft = (overrides: Record<string, unknown> = {}) => ({
  zoneId: zoneA.id,
  title: '测试工作简报',
  issueNo: 1,
  issuer: '测试区工作办公室',
  headline: '甲区 依托双区联动 助力外贸繁荣',
  periodLabel: '2020年',
  coverage: [zoneA.id],
  sections: [{ heading: '外贸', body: '2020年外贸进出口{{trade}}，{{growth}}。\n\n累计形成{{results}}制度创新成果。' }],
  figures: [
    { key: 'trade', spec: { kind: 'value', indicator: CODE, zoneId: zoneA.id, period: '2020' }, headlineLabel: '外贸进出口' },
    { key: 'growth', spec: { kind: 'derived', indicator: CODE, zoneId: zoneA.id, period: '2020', method: 'yoy_growth' } },
    { key: 'results', spec: { kind: 'count', count: 'recognized_innovations' } },
  ],
  ...overrides,
});
const searchIds = async (actor: Parameters<TestApp['call']>[0], path: string, q: string) => {
  const answer = await t.call(actor, { method: 'GET', url: `${path}?q=${encodeURIComponent(q)}` });
  expect(answer.statusCode, answer.body).toBe(200);
  return (answer.json() as { items: { id: number }[] }).items.map((item) => item.id);
};
const figure = (bulletin: BulletinDto, key: string) => bulletin.figures.find((f) => f.key === key) as FigureDto;

describe('bulletins', () => {
  let id: number;
  let version: number;

  it('composes a draft whose figures are computed from the data, with their inputs and sources', async () => {
    const answer = await t.call(staffA, { method: 'POST', url: '/api/bulletins', payload: draft() });
    expect(answer.statusCode, answer.body).toBe(201);
    const { bulletin } = answer.json() as { bulletin: BulletinDto };
    id = bulletin.id;
    version = bulletin.version;
    expect(bulletin).toMatchObject({ status: 'draft', live: true, issueNo: 1 });
    expect(figure(bulletin, 'trade')).toMatchObject({ available: true, value: '120', qualifier: 'about', text: { zh: '约120亿元' } });
    expect(figure(bulletin, 'trade').inputs[0]).toMatchObject({ valueId, source: SOURCE });
    // 120 ÷ 62.9 − 1 = 90.779…%, on a value stated as 约: approximate.
    expect(figure(bulletin, 'growth')).toMatchObject({ available: true, value: '90.8', approximate: true, text: { zh: '增长约90.8%' } });
    expect(figure(bulletin, 'growth').inputs.map((input) => input.period).sort()).toEqual(['2019', '2020']);
    // Recognised and above in the coverage (甲区): two of its three innovations; 乙区's is outside the coverage.
    expect(figure(bulletin, 'results')).toMatchObject({ value: '2', text: { zh: '2项' } });
    expect(figure(bulletin, 'results').inputs).toHaveLength(2);
    expect(bulletin.sections[0]!.paragraphs).toEqual([
      [{ text: '2020年外贸进出口' }, { figure: 'trade' }, { text: '，' }, { figure: 'growth' }, { text: '。' }],
      [{ text: '累计形成' }, { figure: 'results' }, { text: '制度创新成果。' }],
    ]);
  });

  it('refuses a text citing an undefined figure, a zone outside the office, a taken issue number, and a stale edit', async () => {
    const undefinedKey = await t.call(staffA, { method: 'POST', url: '/api/bulletins', payload: draft({ issueNo: 2, sections: [{ heading: '一', body: '外贸{{missing}}' }] }) });
    expect(undefinedKey.statusCode).toBe(400);
    expect(JSON.stringify(undefinedKey.json().error)).toContain('{{missing}}');
    const foreign = await t.call(staffA, { method: 'POST', url: '/api/bulletins', payload: draft({ issueNo: 2, figures: [{ key: 'trade', spec: { kind: 'value', indicator: CODE, zoneId: zoneB.id, period: '2020' } }], sections: [] }) });
    expect(foreign.statusCode).toBe(400);
    const taken = await t.call(staffA, { method: 'POST', url: '/api/bulletins', payload: draft() });
    expect(taken.statusCode).toBe(409);
    const edited = await t.call(staffA, { method: 'PUT', url: `/api/bulletins/${id}`, payload: { ...draft(), zoneId: undefined, headline: '甲区外贸', version } });
    expect(edited.statusCode, edited.body).toBe(200);
    const stale = await t.call(admin, { method: 'PUT', url: `/api/bulletins/${id}`, payload: { ...draft(), zoneId: undefined, headline: '旧版本上的修改', version } });
    expect(stale.statusCode).toBe(409);
    version = (edited.json() as { bulletin: BulletinDto }).bulletin.version;
    expect(version).toBe(2);
  });

  it('keeps a draft from other zones and the public; a correction shows in the draft at once', async () => {
    expect((await t.call(staffOutside, { method: 'GET', url: `/api/bulletins/${id}` })).statusCode).toBe(404);
    expect((await t.call(null, { method: 'GET', url: `/api/public/bulletins/${id}` })).statusCode).toBe(404);
    // The search index holds the draft for its office only.
    expect(await searchIds(staffA, '/api/bulletins', '外贸进出口')).toContain(id);
    expect(await searchIds(staffOutside, '/api/bulletins', '外贸进出口')).not.toContain(id);
    expect(await searchIds(null, '/api/public/bulletins', '外贸进出口')).not.toContain(id);
    const corrected = await t.call(staffA, { method: 'POST', url: `/api/indicator-values/${valueId}/correct`, payload: { value: '125.8', unit: 'cny_100m', qualifier: null, source: SOURCE, reason: '按年报更正' } });
    expect(corrected.statusCode, corrected.body).toBe(201);
    const { bulletin } = (await t.call(staffA, { method: 'GET', url: `/api/bulletins/${id}` })).json() as { bulletin: BulletinDto };
    expect(figure(bulletin, 'trade')).toMatchObject({ value: '125.8', qualifier: null, text: { zh: '125.8亿元' } });
  });

  it('issues it once: the figures are frozen, a later correction changes nothing, the portal lists and finds it', async () => {
    const issued = await t.call(staffA, { method: 'POST', url: `/api/bulletins/${id}/issue`, payload: { issuedOn: '2021-03-01' } });
    expect(issued.statusCode, issued.body).toBe(200);
    const frozen = (issued.json() as { bulletin: BulletinDto }).bulletin;
    expect(frozen).toMatchObject({ status: 'issued', live: false, issuedOn: '2021-03-01' });
    expect((await t.call(staffA, { method: 'POST', url: `/api/bulletins/${id}/issue`, payload: { issuedOn: '2021-03-01' } })).statusCode).toBe(409);
    expect((await t.call(staffA, { method: 'PUT', url: `/api/bulletins/${id}`, payload: { ...draft(), zoneId: undefined, version: frozen.version } })).statusCode).toBe(409);
    const current = (await t.call(staffA, { method: 'GET', url: `/api/indicators/${CODE}/values?zone=${zoneA.id}` })).json() as { items: { id: number; period: string }[] };
    const latest = current.items.find((v) => v.period === '2020')!.id;
    expect((await t.call(staffA, { method: 'POST', url: `/api/indicator-values/${latest}/correct`, payload: { value: '130', unit: 'cny_100m', qualifier: null, source: SOURCE, reason: '再次更正' } })).statusCode).toBe(201);
    const publicAnswer = await t.call(null, { method: 'GET', url: `/api/public/bulletins/${id}` });
    expect(publicAnswer.statusCode).toBe(200);
    const read = (publicAnswer.json() as { bulletin: BulletinDto }).bulletin;
    expect(read.figures).toEqual(frozen.figures);
    expect(figure(read, 'trade').value).toBe('125.8');
    expect(publicAnswer.body).not.toContain('internalNote');
    const found = (await t.call(null, { method: 'GET', url: `/api/public/bulletins?q=${encodeURIComponent('外贸')}` })).json() as { items: { id: number }[] };
    expect(found.items.map((item) => item.id)).toContain(id);
    const notFound = (await t.call(null, { method: 'GET', url: `/api/public/bulletins?q=${encodeURIComponent('没有这个词')}` })).json() as { items: { id: number }[] };
    expect(notFound.items.map((item) => item.id)).not.toContain(id);
    // Words of the frozen text in any order, and a figure as the text writes it.
    expect(await searchIds(null, '/api/public/bulletins', '制度创新 甲区')).toContain(id);
    expect(await searchIds(null, '/api/public/bulletins', '125.8亿元')).toContain(id);
  });

  it('makes the issued bulletin\'s .pdf and .docx in a job; a draft has none', async () => {
    await t.app.jobs.whenIdle();
    const pdf = await t.call(null, { method: 'GET', url: `/api/public/bulletins/${id}/export.pdf` });
    expect(pdf.statusCode, pdf.body.slice(0, 200)).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(decodeURIComponent(String(pdf.headers['content-disposition']))).toContain('测试工作简报第1期.pdf');
    const docx = await t.call(staffA, { method: 'GET', url: `/api/bulletins/${id}/export.docx` });
    expect(docx.statusCode).toBe(200);
    expect(docx.rawPayload.subarray(0, 2).toString('latin1')).toBe('PK');
    const { bulletin } = (await t.call(staffA, { method: 'GET', url: `/api/bulletins/${id}` })).json() as { bulletin: BulletinDto };
    expect(bulletin.files).toMatchObject({ pdf: true, docx: true, missingGlyphs: [] });
    expect(bulletin.files.renderJobId).toBeGreaterThan(0);
    const draftId = (await t.call(staffA, { method: 'POST', url: '/api/bulletins', payload: draft({ issueNo: 9 }) })).json().bulletin.id;
    expect((await t.call(null, { method: 'GET', url: `/api/public/bulletins/${draftId}/export.pdf` })).statusCode).toBe(404);
    expect((await t.call(staffA, { method: 'GET', url: `/api/bulletins/${draftId}/export.pdf` })).statusCode).toBe(404);
  });

  it('refuses to issue a draft whose figure the data cannot give, and lets only the province office withdraw', async () => {
    const created = await t.call(staffA, { method: 'POST', url: '/api/bulletins', payload: draft({ issueNo: 3, figures: [{ key: 'trade', spec: { kind: 'value', indicator: CODE, zoneId: zoneA.id, period: '2015' } }], sections: [{ heading: '一', body: '{{trade}}' }] }) });
    expect(created.statusCode, created.body).toBe(201);
    const bulletin = (created.json() as { bulletin: BulletinDto }).bulletin;
    expect(figure(bulletin, 'trade')).toMatchObject({ available: false });
    expect(figure(bulletin, 'trade').problem?.zh).toContain('尚无');
    const refused = await t.call(staffA, { method: 'POST', url: `/api/bulletins/${bulletin.id}/issue`, payload: { issuedOn: '2021-03-01' } });
    expect(refused.statusCode).toBe(409);
    expect((await t.call(staffA, { method: 'GET', url: `/api/bulletins/${bulletin.id}` })).json().bulletin.status).toBe('draft');
    expect((await t.call(staffA, { method: 'POST', url: `/api/bulletins/${id}/withdraw`, payload: { comment: '数据有误' } })).statusCode).toBe(403);
    const withdrawn = await t.call(admin, { method: 'POST', url: `/api/bulletins/${id}/withdraw`, payload: { comment: '数据有误' } });
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    expect((await t.call(null, { method: 'GET', url: `/api/public/bulletins/${id}` })).statusCode).toBe(404);
    expect(await searchIds(null, '/api/public/bulletins', '外贸')).not.toContain(id);
    expect(await searchIds(staffA, '/api/bulletins', '外贸')).toContain(id);
    expect(await searchIds(staffA, '/api/bulletins', '测试工作简报')).toContain(bulletin.id);
    expect((await t.call(staffA, { method: 'DELETE', url: `/api/bulletins/${bulletin.id}` })).statusCode).toBe(204);
    expect(await searchIds(staffA, '/api/bulletins', '测试工作简报')).not.toContain(bulletin.id);
  });
});
