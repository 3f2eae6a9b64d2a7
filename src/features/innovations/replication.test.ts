import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, zoneIdByCode, type TestApp } from '../../testing/test-app.js';

let t: TestApp;
const zone: Record<string, number> = {};
beforeAll(async () => {
  t = await createTestApp();
  for (const code of ['SC-FTZ', 'SC-P-YB', 'SC-P-DY', 'SC-P-NJ', 'SC-P-WJ']) zone[code] = await zoneIdByCode(t, code);
});
afterAll(() => t.close());

type FormationZone = { zoneId: number; shortName: string; type: string; group: string | null; recognized: number; provinceReplicated: number; nationReplicated: number };

describe('GET /api/stats/formation', () => {
  it('reproduces the article: the first 8 pilot zones hold 22 results, 6 replicated province-wide', async () => {
    const body = (await t.call(null, { method: 'GET', url: '/api/stats/formation' })).json();
    const firstGroup = (body.zones as FormationZone[]).filter((z) => z.type === 'pilot' && z.group?.startsWith('首批'));
    expect(firstGroup.map((z) => z.shortName)).toEqual(['宜宾', '德阳', '资阳', '眉山', '南充', '自贡', '内江', '温江']);
    const sum = (key: 'recognized' | 'provinceReplicated' | 'nationReplicated') => firstGroup.reduce((n, z) => n + z[key], 0);
    expect(sum('recognized')).toBe(22);
    expect(sum('provinceReplicated')).toBe(6);
    expect(firstGroup.find((z) => z.shortName === '德阳')!.nationReplicated).toBe(2);
    const group = body.pilotGroups.find((g: { group: string }) => g.group.startsWith('首批'));
    expect(group).toMatchObject({ zoneCount: 8, recognized: 22, provinceReplicated: 6 });
  });

  it('is live: recognising one more result moves the count', async () => {
    const before = (await t.call(null, { method: 'GET', url: '/api/stats/formation' })).json().zones.find((z: FormationZone) => z.zoneId === zone['SC-P-YB']).recognized;
    const created = (await t.call('yibin', { method: 'POST', url: '/api/innovations', payload: { zoneId: zone['SC-P-YB'], name: '计数联动测试成果', domain: 'trade_facilitation' } })).json().innovation;
    await t.call('yibin', { method: 'POST', url: `/api/innovations/${created.id}/submit`, payload: {} });
    await t.call('admin', { method: 'POST', url: `/api/innovations/${created.id}/start_review`, payload: {} });
    expect((await t.call(null, { method: 'GET', url: '/api/stats/formation' })).json().zones.find((z: FormationZone) => z.zoneId === zone['SC-P-YB']).recognized).toBe(before);
    await t.call('admin', { method: 'POST', url: `/api/innovations/${created.id}/recognize`, payload: { comment: '同意', document: '测试〔2024〕1号', occurredOn: '2024-01-05' } });
    expect((await t.call(null, { method: 'GET', url: '/api/stats/formation' })).json().zones.find((z: FormationZone) => z.zoneId === zone['SC-P-YB']).recognized).toBe(before + 1);
  });
});

async function provinceReplicatedOf(code: string) {
  return t.database.db
    .selectFrom('innovations')
    .innerJoin('zones', 'zones.id', 'innovations.zone_id')
    .select(['innovations.id', 'innovations.name'])
    .where('zones.code', '=', code)
    .where('innovations.status', 'in', ['province_replicated', 'nation_replicated'])
    .execute();
}

describe('adoptions', () => {
  it('a zone records adopting a proven innovation; the diffusion curve and the matrix show it', async () => {
    const [proven] = await provinceReplicatedOf('SC-P-NJ');
    const already = await t.database.db.selectFrom('innovation_adoptions').select('id').where('innovation_id', '=', proven!.id).execute();
    const response = await t.call('deyang', { method: 'POST', url: `/api/innovations/${proven!.id}/adoptions`, payload: { adoptedOn: '2024-02-01', adaptation: '结合德阳实际调整', observedEffect: '减少申报次数' } });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json().adoption).toMatchObject({ zoneId: zone['SC-P-DY'], adoptedOn: '2024-02-01' });
    const curve = (await t.call(null, { method: 'GET', url: `/api/innovations/${proven!.id}/diffusion` })).json().points;
    expect(curve.at(-1)).toEqual({ month: '2024-02', adoptions: 1, cumulative: already.length + 1 });
    const matrix = (await t.call('admin', { method: 'GET', url: `/api/replication/matrix?zoneId=${zone['SC-FTZ']}` })).json();
    expect(matrix.cells).toContainEqual({ innovationId: proven!.id, zoneId: zone['SC-P-DY'], adoptedOn: '2024-02-01' });
    const audit = await t.database.db.selectFrom('audit_log').select('type').where('type', '=', 'innovation.adopted').execute();
    expect(audit.length).toBe(1);
  });

  it('refuses a second adoption by the same zone, an own-zone adoption, and a future date', async () => {
    const [proven] = await provinceReplicatedOf('SC-P-NJ');
    const again = await t.call('deyang', { method: 'POST', url: `/api/innovations/${proven!.id}/adoptions`, payload: { adoptedOn: '2024-03-01' } });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('DUPLICATE_ADOPTION');
    const own = await t.call('admin', { method: 'POST', url: `/api/innovations/${proven!.id}/adoptions`, payload: { adoptedOn: '2024-03-01', zoneId: zone['SC-P-NJ'] } });
    expect(own.statusCode).toBe(409);
    expect(own.json().error.message).toBe('不能登记本区域成果的复制推广。');
    const future = await t.call('admin', { method: 'POST', url: `/api/innovations/${proven!.id}/adoptions`, payload: { adoptedOn: '2999-01-01', zoneId: zone['SC-P-WJ'] } });
    expect(future.statusCode).toBe(400);
  });

  it('"proven elsewhere, not adopted here" excludes the zone\'s own and already-adopted results', async () => {
    const items = (await t.call('yibin', { method: 'GET', url: `/api/zones/${zone['SC-P-YB']}/recommendations` })).json().items as { id: number; score: number; zoneShortName: string }[];
    expect(items.length).toBeGreaterThan(0);
    const adopted = await t.database.db.selectFrom('innovation_adoptions').select('innovation_id').where('zone_id', '=', zone['SC-P-YB']!).execute();
    for (const item of items) {
      expect(item.zoneShortName).not.toBe('宜宾');
      expect(adopted.map((a) => a.innovation_id)).not.toContain(item.id);
    }
    const scores = items.map((i) => i.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });
});

describe('the public case library leaks nothing internal', () => {
  it('shows published records only, without reviewer comments or actors', async () => {
    const secret = '内部审核意见-请勿公开-7f3a';
    const created = (await t.call('yibin', { method: 'POST', url: '/api/innovations', payload: { zoneId: zone['SC-P-YB'], name: '公开性测试：跨境电商退货监管', domain: 'trade_facilitation', measures: '跨境电商退货集中监管' } })).json().innovation;
    await t.call('yibin', { method: 'POST', url: `/api/innovations/${created.id}/submit`, payload: {} });
    await t.call('admin', { method: 'POST', url: `/api/innovations/${created.id}/start_review`, payload: {} });
    const search = await t.call(null, { method: 'GET', url: '/api/public/innovations?q=跨境电商退货' });
    expect(search.json().items.map((i: { id: number }) => i.id)).not.toContain(created.id);
    await t.call('admin', { method: 'POST', url: `/api/innovations/${created.id}/recognize`, payload: { comment: secret, document: '川自贸办〔2024〕9号', occurredOn: '2024-04-01' } });
    const found = await t.call(null, { method: 'GET', url: '/api/public/innovations?q=跨境电商退货' });
    expect(found.json().items.map((i: { id: number }) => i.id)).toContain(created.id);
    const page = await t.call(null, { method: 'GET', url: `/api/public/innovations/${created.id}` });
    expect(page.statusCode).toBe(200);
    expect(page.json().milestones).toEqual([{ toStatus: 'recognized', occurredOn: '2024-04-01', document: '川自贸办〔2024〕9号', batch: null }]);
    expect(page.body).not.toContain(secret);
    expect(page.body).not.toContain('abilities');
    expect(found.body).not.toContain(secret);
    // Staff of another zone see the record but not the reviewer's words either.
    const other = await t.call('deyang', { method: 'GET', url: `/api/innovations/${created.id}` });
    expect(other.statusCode).toBe(200);
    expect(other.body).not.toContain(secret);
    expect((await t.call('yibin', { method: 'GET', url: `/api/innovations/${created.id}` })).body).toContain(secret);
  });
});

describe('nationwide experiences', () => {
  it('a pilot zone records taking up a nationally replicated experience (an innovation of a zone above it)', async () => {
    const national = await t.database.db
      .selectFrom('innovations')
      .innerJoin('zones', 'zones.id', 'innovations.zone_id')
      .select('innovations.id')
      .where('zones.code', '=', 'CN')
      .executeTakeFirstOrThrow();
    const detail = (await t.call('deyang', { method: 'GET', url: `/api/innovations/${national.id}` })).json();
    expect(detail.innovation.abilities.adopt).toBe(true);
    const response = await t.call('deyang', { method: 'POST', url: `/api/innovations/${national.id}/adoptions`, payload: { adoptedOn: '2021-06-01' } });
    expect(response.statusCode, response.body).toBe(201);
  });
});
