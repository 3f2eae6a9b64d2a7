/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * Accessibility: axe-core on the main portal and console pages. The app's CSP refuses
 * injected script tags, so axe's source is evaluated in the page instead.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from '../support/browser.js';
import { signInWithForm, zoneByCode } from '../support/app.js';
import { ZONE_CODES } from '../support/constants.js';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

type Violation = { id: string; impact: string | null; help: string; nodes: { target: string[] }[] };

/** Serious and critical WCAG 2.1 A/AA violations on the page as it is now. */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: Violation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

describe('accessibility (axe-core, WCAG 2.1 AA, serious and critical)', () => {
  const browser = useBrowser();

  it.each(['/', '/cases', '/login'])('portal page %s has no serious violations', async (path) => {
    await browser.page.goto(path);
    await browser.page.waitForLoadState('networkidle');
    expect(await seriousViolations(browser.page)).toEqual([]);
  });

  it('the console home, the innovations list, my jobs, my notifications, the expert pool, a campaign and its stage\'s judges page have no serious violations', async () => {
    await signInWithForm(browser.page, 'admin');
    await browser.page.waitForLoadState('networkidle');
    expect(await seriousViolations(browser.page)).toEqual([]);
    // A best case with a scored stage: the campaign's page (entries card) and the stage's judges page with its draw form.
    const post = async (path: string, data: object): Promise<{ id: number }> => {
      const response = await browser.page.request.post(path, { data });
      expect(response.ok(), `${path}: ${await response.text()}`).toBe(true);
      const body = (await response.json()) as Record<string, { id: number }>;
      return Object.values(body)[0]!;
    };
    const yibin = await zoneByCode(browser.page.request, ZONE_CODES.yibin);
    const series = await post('/api/campaigns/series', { name: `无障碍检查系列${Date.now()}`, organiserZoneId: yibin.parentId });
    const campaign = await post('/api/campaigns', { seriesId: series.id, edition: 1, year: 2021, kind: 'best_case', title: '无障碍检查评选' });
    const stage = await post(`/api/campaigns/${campaign.id}/stages`, { kind: 'scored', name: '专家评审' });
    for (const path of ['/console/innovations', '/console/jobs', '/console/notifications', '/console/experts', `/console/campaigns/${campaign.id}`, `/console/campaigns/${campaign.id}/stages/${stage.id}`]) {
      await browser.page.goto(path);
      await browser.page.waitForLoadState('networkidle');
      expect(await seriousViolations(browser.page), path).toEqual([]);
    }
  });
});
