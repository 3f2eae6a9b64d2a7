/// <reference lib="dom" />
/**
 * The interface in English, as an English reader meets it: the portal and the main console
 * pages of each role, with the language switched to English, carry no Chinese in their chrome
 * (headers, buttons, menus, tags, labels, empty states, zone and batch names — the data has
 * English names for every zone) and no internal codes (status, role and event codes, engine
 * names). Data that exists only in Chinese (an innovation's or a platform's name, a keyword, a
 * person's name) is left out by choosing the chrome elements, not the page text.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ROLES } from '../../src/shared/enums.js';
import { ZONE_TYPES } from '../../src/shared/zones.enums.js';
import { PLATFORM_STATUSES, PLATFORM_TYPES } from '../../src/shared/platforms.enums.js';
import { INNOVATION_DOMAINS, INNOVATION_STATUSES } from '../../src/shared/innovations.enums.js';
import type { CampaignCreated, InnovationPage, MeAnswer, PublicInnovationPage, SeriesCreated, StageCreated } from '../support/api-types.js';
import { apiAs, getJson, signInContext, useBrowser } from '../support/browser.js';
import { zoneByCode } from '../support/app.js';
import { type DemoUser, ZONE_CODES } from '../support/constants.js';
import { buildClosedContest } from '../support/results.js';

const b = useBrowser();

/**
 * Elements that are interface, not records. Each entry is a selector; text inside the
 * `DATA` selectors below is removed first (a platform's name is a button in its row, a
 * keyword is a tag, the signed-in person's name sits in the header).
 */
const CHROME = [
  '.ant-menu-item',
  'th',
  '.ant-tag',
  '.ant-btn',
  'label',
  '.ant-form-item-label',
  '.ant-descriptions-item-label',
  '.ant-statistic-title',
  '.ant-card-head-title',
  '.yz-section-title',
  '.yz-page-title',
  '.ant-empty-description',
  '.ant-pagination',
  '.ant-select-selection-placeholder',
  '.ant-segmented-item-label',
  '.ant-tabs-tab',
  '.yz-console-header',
  '.yz-console-footer',
  '.yz-portal-footer',
  '.yz-portal-header nav',
  '.yz-zone-card__title',
  '.yz-zone-card__full',
  '.yz-formation__ftz-title',
  '.yz-formation__batch-label',
  '.yz-headline',
  '.yz-zone-list a',
  '.yz-matrix__zone',
  '[data-testid^="zone-node-"]',
];

/** Records' own texts inside chrome elements, and the one place Chinese belongs (the language switch). */
const DATA = [
  '.yz-brand',
  '.yz-lang-switch',
  '[data-testid="current-user"]',
  'td .ant-btn.yz-link-button',
  '.yz-tags',
  '.yz-zone-header__official',
  // Marked as Chinese by the page itself (a zone's official name beside its English one); not <html>.
  'body [lang^="zh"]',
  '.yz-case-card__title',
  '.yz-hit-item__title',
];

const CJK = /[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff01-\uff5e]/;
/** Codes are single words or snake_case; a chrome text that is exactly one of them is a leak. */
const CODES = new Set<string>([...ROLES, ...ZONE_TYPES, ...PLATFORM_TYPES, ...PLATFORM_STATUSES, ...INNOVATION_STATUSES, ...INNOVATION_DOMAINS]);
const CODE_PATTERNS = [/\b[a-z]+(?:_[a-z]+)+\b/, /\bpglite\b/i, /\bpostgres(?:ql)?\b/i];

/** The chrome texts on the page now, with data texts taken out. */
async function chromeTexts(page: Page): Promise<string[]> {
  return page.evaluate(
    ({ chrome, data }) => {
      const texts: string[] = [];
      for (const element of document.querySelectorAll<HTMLElement>(chrome.join(','))) {
        if (element.closest(data.join(',')) || element.closest('[aria-hidden="true"], .ant-select-dropdown, .ant-tooltip')) continue;
        const copy = element.cloneNode(true) as HTMLElement;
        for (const inner of copy.querySelectorAll(data.join(','))) inner.remove();
        const text = (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
        if (text) texts.push(text);
      }
      return [...new Set(texts)];
    },
    { chrome: CHROME, data: DATA },
  );
}

/** The product's name is written in both scripts in every language ("雁阵 Yanzhen"). */
const PRODUCT_NAME = /雁阵(?= Yanzhen)/g;

/** The texts that are Chinese or codes, once the product's name and the page's known data texts are taken out. */
function offenders(texts: string[], dataTexts: string[] = []): string[] {
  return texts.filter((raw) => {
    let text = raw.replace(PRODUCT_NAME, '');
    for (const data of dataTexts) text = text.split(data).join('');
    return CJK.test(text) || CODES.has(text) || CODE_PATTERNS.some((pattern) => pattern.test(text));
  });
}

/** Waits until the page's chrome is clean (zone names arrive with the zone tree, after the page). */
async function expectEnglishChrome(page: Page, path: string, dataTexts: string[] = []): Promise<void> {
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  let found: string[] = [];
  let seen = 0;
  await expect
    .poll(
      async () => {
        const texts = await chromeTexts(page);
        seen = texts.length;
        found = offenders(texts, dataTexts);
        return found.length === 0 && seen >= 3;
      },
      { timeout: 10_000, interval: 250 },
    )
    .toBe(true)
    .catch(() => {
      throw new Error(`${path}: ${found.length} chrome texts in Chinese or as codes (of ${seen}):\n  ${found.join('\n  ')}`);
    });
}

/** A page in English, signed in as `user`; with the user's display name, which is data. */
async function inEnglish(user: DemoUser | null, session = b.session): Promise<{ page: Page; dataTexts: string[] }> {
  const { context, page } = session;
  await context.addInitScript(() => localStorage.setItem('yanzhen.lang', 'en'));
  if (!user) return { page, dataTexts: [] };
  await signInContext(context, user);
  const me = await getJson<MeAnswer>(page.request, '/api/me');
  return { page, dataTexts: me.user ? [me.user.displayName, me.user.organisation ?? ''].filter(Boolean) : [] };
}

describe('the interface in English', () => {
  it('the same check finds the Chinese chrome when the page is in Chinese (it can fail)', async () => {
    const page = b.page;
    await page.goto('/');
    await page.waitForLoadState('networkidle');
    await page.getByRole('heading', { level: 1, name: '开放雁阵' }).waitFor();
    const found = offenders(await chromeTexts(page));
    for (const chrome of ['首页', '总体情况', '中国(四川)自由贸易试验区', '首批(2019-08启动)']) expect(found.join('\n')).toContain(chrome);
    expect(offenders(['draft', 'Status: province_replicated', 'embedded database', 'pglite'])).toEqual(['draft', 'Status: province_replicated', 'pglite']);
  });

  it('the portal: home, zones, a zone, the case library and a case', async () => {
    const { page } = await inEnglish(null);
    const yibin = await zoneByCode(page.request, ZONE_CODES.yibin);
    const cases = await getJson<PublicInnovationPage>(page.request, '/api/public/innovations?pageSize=1');
    const shown = cases.items[0]!;
    for (const path of ['/', '/zones', `/zones/${yibin.id}`, '/cases', '/campaigns', '/draws/verify', '/login']) await expectEnglishChrome(page, path);
    // A case's page is titled with its name, which exists only in Chinese.
    await expectEnglishChrome(page, `/cases/${shown.id}`, [shown.name]);
    // Zone and batch names come in English where the data has them.
    await page.goto('/');
    await page.getByRole('heading', { name: 'China (Sichuan) Pilot Free Trade Zone' }).waitFor();
    await page.getByText('First batch (launched Aug 2019)', { exact: true }).waitFor();
    expect(await page.getByTestId('pilot-headline').innerText()).toMatch(/^First batch: \d+ pilot zones/);
  });

  it('the province office: dashboard, zones, platforms, innovations, a record, replication, account', async () => {
    const { page, dataTexts } = await inEnglish('admin');
    const list = await getJson<InnovationPage>(page.request, '/api/innovations?pageSize=100');
    const replicated = list.items.find((item) => item.status === 'province_replicated') ?? list.items[0]!;
    for (const path of ['/console', '/console/zones', '/console/platforms', '/console/innovations', '/console/replication', '/console/campaigns', '/console/experts', '/console/account']) {
      await expectEnglishChrome(page, path, dataTexts);
    }
    await expectEnglishChrome(page, `/console/innovations/${replicated.id}`, [...dataTexts, replicated.name]);
    // A best case with a scored stage: the detail page (with its entries card) and the stage's judges page.
    const post = async <T,>(path: string, data: object): Promise<T> => {
      const response = await page.request.post(path, { data });
      if (!response.ok()) throw new Error(`POST ${path}: ${response.status()} ${await response.text()}`);
      return (await response.json()) as T;
    };
    const yibin = await zoneByCode(page.request, ZONE_CODES.yibin);
    const names = { series: `十佳案例（英文检查${Date.now()}）`, title: '十佳案例评选（英文检查）', stage: '专家评审' };
    const series = await post<SeriesCreated>('/api/campaigns/series', { name: names.series, organiserZoneId: yibin.parentId });
    const campaign = await post<CampaignCreated>('/api/campaigns', { seriesId: series.series.id, edition: 1, year: 2021, kind: 'best_case', title: names.title });
    const stage = await post<StageCreated>(`/api/campaigns/${campaign.campaign.id}/stages`, { kind: 'scored', name: names.stage });
    const campaignTexts = [...dataTexts, names.title, names.stage];
    await expectEnglishChrome(page, `/console/campaigns/${campaign.campaign.id}`, campaignTexts);
    await expectEnglishChrome(page, `/console/campaigns/${campaign.campaign.id}/stages/${stage.stage.id}`, campaignTexts);
    // The footer names the kind of database, not the engine.
    expect(await page.locator('.yz-console-footer').innerText()).toMatch(/embedded database|database server/);
  });

  it('a stage\'s results (methods, analysis, the 公示 card) and the portal\'s 公示', async () => {
    const digits = String(Date.now() % 100_000_000);
    const title = `英文检查大赛${digits}`;
    const { campaignId, stageId, companies } = await buildClosedContest(b.baseUrl, title, `英文${digits}`, digits);
    const { page, dataTexts } = await inEnglish('admin');
    const saved = await page.request.post(`/api/campaigns/stages/${stageId}/results`, { data: { method: 'mean' } });
    expect(saved.ok()).toBe(true);
    const published = await page.request.post(`/api/campaigns/stages/${stageId}/results/publish`, { data: { document: '宜自贸〔2026〕11号' } });
    expect(published.ok()).toBe(true);
    // The stage's name is data; so are the companies and projects (in cells and in the tags' neighbours).
    const texts = [...dataTexts, title, '初赛', ...companies.flatMap((company) => [company.companyName, company.projectName])];
    await expectEnglishChrome(page, `/console/campaigns/${campaignId}/stages/${stageId}`, texts);
    await expectEnglishChrome(page, `/campaigns/${campaignId}/results`, texts);
  });

  it('zone staff, the auditor and the security admin: their own pages', async () => {
    const pages: [DemoUser, string[]][] = [
      ['yibin', ['/console', '/console/innovations', '/console/innovations/new', '/console/replication', '/console/campaigns', '/console/experts']],
      ['auditor', ['/console', '/console/audit']],
      ['secadmin', ['/console', '/console/users', '/console/users?tab=settings']],
    ];
    for (const [user, paths] of pages) {
      const { page, dataTexts } = await inEnglish(user, user === 'yibin' ? b.session : await b.newSession());
      for (const path of paths) await expectEnglishChrome(page, path, dataTexts);
    }
  });

  it('audit entries: event and entity labels, and the fields of a change, are words, not codes', async () => {
    // A change with fields to show: the security admin adds an account (a judge, so no zone).
    const secadmin = await apiAs(b.baseUrl, 'secadmin');
    const username = `enchk${Date.now().toString(36)}`;
    const created = await secadmin.post('/api/users', { data: { username, displayName: 'English check', role: 'judge' } });
    expect(created.status()).toBe(201);
    await secadmin.dispose();

    const { page } = await inEnglish('auditor');
    await page.goto('/console/audit');
    const rows = page.locator('[data-testid^="audit-row-"]');
    await rows.first().waitFor();
    const eventColumn = await page.locator('[data-testid="audit-table"] thead th').evaluateAll((ths) => ths.findIndex((th) => th.textContent?.trim() === 'Event'));
    expect(eventColumn).toBeGreaterThan(0);
    // The event label is the cell's first text; a summary below it may quote data.
    const labels = await rows.evaluateAll(
      (trs, column) => trs.map((tr) => (tr.children[column] as HTMLElement | undefined)?.childNodes[0]?.textContent?.trim() ?? ''),
      eventColumn,
    );
    expect(labels.length).toBeGreaterThan(0);
    expect(offenders(labels)).toEqual([]);
    // Open the newest entry (the account just added): its fields are named, and its values shown, in English.
    await rows.filter({ hasText: 'English check' }).first().locator('.ant-table-row-expand-icon').click();
    const cells = page.locator('.yz-audit-changes tbody td');
    await cells.first().waitFor();
    const texts = (await cells.allInnerTexts()).map((text) => text.trim()).filter(Boolean);
    expect(texts).toEqual(expect.arrayContaining([username, 'English check']));
    expect(offenders(texts)).toEqual([]);
  });
});
