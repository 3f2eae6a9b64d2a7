/**
 * Nothing internal reaches the public. Every GET operation in the OpenAPI document is called
 * without a session for every id the demo data has, and no answer may carry a staff member's
 * name, a repository path, a data-cleaning note or any other working note. The demo dataset
 * is announced, and sample records and sample adoptions are marked as such.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCampaign } from '../testing/factories.js';
import { createTestApp, zoneIdByCode, type TestApp } from '../testing/test-app.js';

let t: TestApp;
let staffNames: string[];
let indicatorCodes: string[];
let indicatorNotes: string[];
let powerNotes: string[];
const ids = new Map<string, number[]>();

/** What only staff may read: repository paths, cleaning notes, the lifecycle placeholders' notes. */
const INTERNAL_MARKERS = ['shared/seeds', 'shared/data', '.csv', '.txt', '名称不完整', '文号未见于来源', '领域为映射判断', '原文未载此环节', '整理所据文件', '整理备注'];

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  ids.set('zones', (await db.selectFrom('zones').select('id').execute()).map((row) => row.id));
  ids.set('innovations', (await db.selectFrom('innovations').select('id').execute()).map((row) => row.id));
  ids.set('platforms', (await db.selectFrom('platforms').select('id').execute()).map((row) => row.id));
  // Besides the demo contest's editions (public, with working notes), one published and one draft campaign, each with working notes.
  const yibin = await zoneIdByCode(t, 'SC-P-YB');
  for (const status of ['published', 'draft'] as const) {
    const campaign = await buildCampaign(t, { zoneId: yibin, status });
    await db.updateTable('campaigns').set({ source_note: '整理备注：据会议纪要' }).where('id', '=', campaign.id).execute();
  }
  ids.set('campaigns', (await db.selectFrom('campaigns').select('id').execute()).map((row) => row.id));
  ids.set('campaigns/stages', (await db.selectFrom('campaign_stages').select('id').execute()).map((row) => row.id));
  // An issued and a draft 宜宾 bulletin, each with a working note.
  for (const issue of [true, false]) {
    const made = await t.call('yibin', { method: 'POST', url: '/api/bulletins', payload: { zoneId: yibin, title: '边界测试简报', issueNo: issue ? 1 : 2, issuer: '宜宾协同改革先行区办公室', headline: '边界测试', internalNote: '整理备注：据会议纪要' } });
    if (issue) await t.call('yibin', { method: 'POST', url: `/api/bulletins/${made.json().bulletin.id}/issue`, payload: { issuedOn: '2024-01-02', comment: '整理备注：据会议纪要' } });
  }
  ids.set('bulletins', (await db.selectFrom('bulletins').select('id').execute()).map((row) => row.id));
  // A sample of the demo's delegations (there are over a thousand), and every 放权 and 通办 working note.
  ids.set('powers', (await db.selectFrom('power_delegations').select('id').orderBy('id').limit(30).execute()).map((row) => row.id));
  powerNotes = [
    ...(await db.selectFrom('power_batches').select('internal_note as note').where('internal_note', 'is not', null).execute()),
    ...(await db.selectFrom('power_delegations').select('internal_note as note').where('internal_note', 'is not', null).distinct().execute()),
    ...(await db.selectFrom('tongban_batches').select('internal_note as note').where('internal_note', 'is not', null).execute()),
    ...(await db.selectFrom('tongban_items').select('internal_note as note').where('internal_note', 'is not', null).distinct().execute()),
  ].map((row) => row.note!);
  indicatorCodes = (await db.selectFrom('indicator_definitions').select('code').execute()).map((row) => row.code);
  // Every demo value's working note (discrepancies between sources, how a figure was read) is internal.
  indicatorNotes = (await db.selectFrom('indicator_values').select('internal_note').where('internal_note', 'is not', null).execute()).map((row) => row.internal_note!);
  staffNames = (await db.selectFrom('users').select('display_name').execute()).map((row) => row.display_name);
});
afterAll(() => t.close());

/** Every public GET url: each path template filled with every id of the kind it names. */
async function publicUrls(): Promise<string[]> {
  const document = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as { paths: Record<string, Record<string, unknown>> };
  const urls: string[] = [];
  for (const [path, methods] of Object.entries(document.paths)) {
    if (!methods.get || path.includes('export.xlsx') || path.includes('attachments')) continue;
    if (path.startsWith('/api/public/indicators/{code}')) {
      for (const code of indicatorCodes) urls.push(path.replace('{code}', code));
      continue;
    }
    const kind = ['zones', 'innovations', 'platforms', 'campaigns', 'campaigns/stages', 'bulletins', 'powers'].find((name) => path.includes(`/${name}/{id}`));
    if (path.includes('{') && !kind) continue;
    for (const id of kind ? ids.get(kind)! : [0]) urls.push(path.replace('{id}', String(id)));
  }
  return urls;
}

describe('the public boundary', () => {
  it('leaks no staff name, repository path or working note on any public answer', async () => {
    const urls = await publicUrls();
    expect(urls.length).toBeGreaterThan(100);
    let answered = 0;
    let campaignAnswers = 0;
    for (const url of urls) {
      const response = await t.call(null, { method: 'GET', url });
      if (response.statusCode !== 200) continue;
      answered += 1;
      if (/^\/api\/campaigns\/(stages\/)?\d+$/.test(url)) campaignAnswers += 1;
      const body = response.body;
      for (const marker of INTERNAL_MARKERS) expect(body.includes(marker), `${url} shows "${marker}"`).toBe(false);
      for (const name of staffNames) expect(body.includes(name), `${url} shows the staff name ${name}`).toBe(false);
      for (const note of [...indicatorNotes, ...powerNotes]) expect(body.includes(note), `${url} shows the working note "${note}"`).toBe(false);
      expect(body, url).not.toMatch(/"(sourceNote|actorName|comment)":"/);
    }
    expect(answered).toBeGreaterThan(80);
    // Every public campaign and each of its stages (the demo contest's six editions and the sixth's
    // seven stages, the demo 十佳案例 and its two stages, the built one and its stage); the draft's answer 404.
    const db = t.database.db;
    const publicCampaigns = await db.selectFrom('campaigns').select('id').where('status', 'in', ['published', 'archived']).execute();
    const theirStages = await db.selectFrom('campaign_stages').select('id').where('campaign_id', 'in', publicCampaigns.map((c) => c.id)).execute();
    expect(campaignAnswers).toBe(publicCampaigns.length + theirStages.length);
    expect(campaignAnswers).toBe(18);
    // A sweep of every public answer: its time grows with the demo, not a latency check.
  }, 120_000);

  it('shows the working notes to staff whose scope holds the record, and not to other zones', async () => {
    const yibin = await zoneIdByCode(t, 'SC-P-YB');
    const noteOf = async (user: 'yibin' | 'deyang' | 'admin') => (await t.call(user, { method: 'GET', url: `/api/zones/${yibin}` })).json().zone.sourceNote;
    expect(await noteOf('yibin')).toMatch(/整理所据文件/);
    expect(await noteOf('admin')).toMatch(/整理所据文件/);
    expect(await noteOf('deyang')).toBeNull();
    const innovation = await t.database.db.selectFrom('innovations').select('id').where('zone_id', '=', yibin).where('source_note', 'is not', null).executeTakeFirstOrThrow();
    const asDeyang = await t.call('deyang', { method: 'GET', url: `/api/innovations/${innovation.id}` });
    expect(asDeyang.json().innovation.sourceNote).toBeNull();
    const asYibin = await t.call('yibin', { method: 'GET', url: `/api/innovations/${innovation.id}` });
    expect(asYibin.json().innovation.sourceNote).toMatch(/shared\//);
  });

  it('cites sources as a reader would: publication and link, no file names', async () => {
    const { items } = (await t.call(null, { method: 'GET', url: '/api/public/innovations?pageSize=200' })).json() as { items: { source: string | null }[] };
    const cited = items.filter((item) => item.source);
    expect(cited.length).toBeGreaterThan(20);
    expect(cited.some((item) => /^https?:\/\//.test(item.source!) || item.source!.includes('《'))).toBe(true);
  });

  it('says it is a demonstration while the demo data is loaded, and marks sample adoptions', async () => {
    expect((await t.call(null, { method: 'GET', url: '/api/public/site' })).json()).toMatchObject({ demo: true });
    const sampleAdoption = await t.database.db.selectFrom('innovation_adoptions').select('innovation_id').where('is_sample', '=', true).executeTakeFirstOrThrow();
    const page = (await t.call(null, { method: 'GET', url: `/api/public/innovations/${sampleAdoption.innovation_id}` })).json();
    expect(page.adoptions.some((a: { isSample: boolean }) => a.isSample)).toBe(true);
    await t.database.db.deleteFrom('demo_dataset').execute();
    expect((await t.call(null, { method: 'GET', url: '/api/public/site' })).json()).toEqual({ demo: false, demoLoadedAt: null });
  });
});
