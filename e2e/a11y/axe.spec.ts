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
import { signInWithForm } from '../support/app.js';

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

  it('the console home, the innovations list, my jobs and my notifications have no serious violations', async () => {
    await signInWithForm(browser.page, 'admin');
    await browser.page.waitForLoadState('networkidle');
    expect(await seriousViolations(browser.page)).toEqual([]);
    for (const path of ['/console/innovations', '/console/jobs', '/console/notifications']) {
      await browser.page.goto(path);
      await browser.page.waitForLoadState('networkidle');
      expect(await seriousViolations(browser.page), path).toEqual([]);
    }
  });
});
