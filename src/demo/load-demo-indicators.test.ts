/**
 * The demo indicators as the portal shows them: the article's figures with their qualifiers and
 * source sentences, the statistics extract's city figures with their sources, all published, and
 * the working notes (discrepancies, how a figure was read) kept from the public.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, zoneIdByCode, type TestApp } from '../testing/test-app.js';
import { DEMO_DIR } from './load-demo.js';

type DemoValue = { indicator: string; zoneCode: string; period: string; value: string; qualifier: string | null; internalNote: string | null; sourceSentence: string | null };
const demo = JSON.parse(readFileSync(join(DEMO_DIR, 'indicators.json'), 'utf8')) as { indicators: { code: string }[]; values: DemoValue[] };
/** The source article beside the checkout (../shared/seeds), where the project keeps it; a bare clone skips that check. */
const ARTICLE = join(DEMO_DIR, '..', '..', '..', 'shared', 'seeds', '000_9504c5bb01a1c6fc.txt');

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const publicValues = async (code: string, zoneCode: string) =>
  (await t.call(null, { method: 'GET', url: `/api/public/indicators/${code}/values?zone=${await zoneIdByCode(t, zoneCode)}` })).json().items as { period: string; value: string; qualifier: string | null; sourceSentence: string | null }[];

describe('the demo indicators', () => {
  it('loads every definition and value, all published', async () => {
    const db = t.database.db;
    const definitions = await db.selectFrom('indicator_definitions').select('code').execute();
    expect(definitions.map((d) => d.code).sort()).toEqual(demo.indicators.map((d) => d.code).sort());
    const values = await db.selectFrom('indicator_values').select(['published_at', 'superseded_at']).execute();
    expect(values.length).toBe(demo.values.length);
    expect(values.every((v) => v.published_at !== null && v.superseded_at === null)).toBe(true);
  });

  it.each([
    ['duty_saved', 'SC-P-NJ', '2020', '110', 'about'],
    ['vat_exempted', 'SC-P-NJ', '2020', '161', 'about'],
    ['startup_guarantee_loans_ytd', 'SD-YT', '2021-10', '1', 'past'],
    ['new_urban_jobs_ytd', 'SD-YT', '2021-10', '2.3', 'odd'],
    ['guaranteed_loans', 'SC-P-ZY', '2021', '3000', 'over'],
    ['trade_total', 'SC-P-ZY', '2020', '11.6', null],
    ['dev_zone_national_rank', 'SC-P-YB', '2020', '35', null],
    ['city_trade', 'SC-P-YB', '2019', '141.1', null],
  ])('shows %s of %s for %s as %s (%s) to the public', async (code, zone, period, value, qualifier) => {
    const found = (await publicValues(code, zone)).find((v) => v.period === period);
    expect(found).toMatchObject({ value, qualifier });
  });

  it("answers a zone page with each published indicator of that zone and its figures", async () => {
    const neijiang = await zoneIdByCode(t, 'SC-P-NJ');
    const page = (await t.call(null, { method: 'GET', url: `/api/public/zones/${neijiang}/indicators` })).json().items as { indicator: { code: string }; values: { zoneId: number; value: string; qualifier: string | null }[] }[];
    const expected = [...new Set(demo.values.filter((v) => v.zoneCode === 'SC-P-NJ').map((v) => v.indicator))].sort();
    expect(page.map((group) => group.indicator.code).sort()).toEqual(expected);
    expect(page.flatMap((group) => group.values).every((v) => v.zoneId === neijiang)).toBe(true);
    expect(page.find((group) => group.indicator.code === 'vat_exempted')?.values).toMatchObject([{ value: '161', qualifier: 'about' }]);
    expect((await t.call(null, { method: 'GET', url: '/api/public/zones/2147483647/indicators' })).statusCode).toBe(404);
  });

  it.skipIf(!existsSync(ARTICLE))("quotes the article's own sentences", () => {
    const article = readFileSync(ARTICLE, 'utf8');
    const sentences = demo.values.map((v) => v.sourceSentence).filter((s): s is string => s !== null);
    expect(sentences.length).toBeGreaterThan(40);
    for (const sentence of sentences) expect(article.replace(/\s+/g, ''), sentence).toContain(sentence.replace(/\s+/g, ''));
  });

  it('keeps the working notes from the public answers', async () => {
    const notes = demo.values.map((v) => v.internalNote).filter((n): n is string => n !== null);
    expect(notes.length).toBeGreaterThan(5);
    const codes = [...new Set(demo.values.filter((v) => v.internalNote).map((v) => v.indicator))];
    for (const code of codes) {
      const body = (await t.call(null, { method: 'GET', url: `/api/public/indicators/${code}/values` })).body;
      for (const note of notes) expect(body.includes(note), `${code} shows "${note}"`).toBe(false);
    }
  });
});
