/**
 * 我的任务: the province office starts a search reindex from the console, watches it reach the
 * end, leaves the page and comes back to the same job (its id is in the address); zone staff see
 * the page with nothing to start and no one else's jobs.
 */
import { describe, expect, it } from 'vitest';
import type { InnovationPage, PlatformPage } from '../support/api-types.js';
import { apiAs, getJson, useBrowser } from '../support/browser.js';
import { expectText, signInWithForm } from '../support/app.js';

const b = useBrowser();

describe('my jobs', () => {
  it('the province office rebuilds the search index, leaves the page and finds the job again', async () => {
    const page = b.page;
    const admin = await apiAs(b.baseUrl, 'admin');
    // Every search kind is rebuilt (innovations and platforms of every zone): at least what the office sees.
    const { total: innovations } = await getJson<InnovationPage>(admin, '/api/innovations?pageSize=1');
    const { total: platforms } = await getJson<PlatformPage>(admin, '/api/platforms?pageSize=1');
    await admin.dispose();

    await signInWithForm(page, 'admin');
    await page.getByTestId('menu-jobs').click();
    await page.waitForURL('**/console/jobs');
    await page.getByRole('heading', { name: '我的任务', level: 1 }).waitFor();
    await page.getByTestId('start-job-search.reindex').click();

    // The job in view goes into the address.
    await page.waitForURL(/\/console\/jobs\?job=\d+/);
    const id = Number(new URL(page.url()).searchParams.get('job'));
    const current = page.getByTestId('job-current');
    const job = current.getByTestId(`job-${id}`);
    await job.waitFor();
    expect(await job.innerText()).toContain('重建搜索索引');
    // Queued, running, then done: the bar follows the counts to the end.
    await expect.poll(() => job.getAttribute('data-status'), { timeout: 30_000 }).toBe('succeeded');
    const bar = job.getByTestId(`job-progress-bar-${id}`);
    const [, done, total] = /^重建搜索索引：已完成 (\d+) \/ (\d+)$/.exec((await bar.getAttribute('aria-label')) ?? '') ?? [];
    expect(Number(done)).toBe(Number(total));
    expect(Number(total)).toBeGreaterThanOrEqual(innovations + platforms);
    const records = Number(total);
    await expectText(bar, '100%');
    await expectText(job.getByTestId(`job-message-${id}`), `索引已重建：${records} 条记录`);
    await expectText(page.getByTestId(`job-row-${id}`), '已完成');

    // Away to the home page and back: the same job, where it now stands.
    await page.getByTestId('menu-dashboard').click();
    await page.waitForURL('**/console');
    await page.goBack();
    await page.waitForURL(`**/console/jobs?job=${id}`);
    await page.getByTestId('job-current').getByTestId(`job-${id}`).waitFor();
    expect(await page.getByTestId('job-current').getByTestId(`job-${id}`).getAttribute('data-status')).toBe('succeeded');

    // Starting again makes a new job, shown in its place.
    await page.getByTestId('start-job-search.reindex').click();
    await page.waitForURL((url) => Number(url.searchParams.get('job')) > id);
    const next = Number(new URL(page.url()).searchParams.get('job'));
    await expect.poll(() => page.getByTestId(`job-${next}`).getAttribute('data-status'), { timeout: 30_000 }).toBe('succeeded');
    expect(b.session.pageErrors).toEqual([]);
  });

  it('zone staff have the page, nothing to start, and none of the office’s jobs', async () => {
    const page = b.page;
    await signInWithForm(page, 'yibin');
    await page.getByTestId('menu-jobs').click();
    await page.waitForURL('**/console/jobs');
    await page.getByText('我发起的任务').waitFor();
    // Their own jobs only (an import they committed in another spec may be there): never the office's index rebuilds.
    await page.locator('.ant-table-tbody').waitFor();
    await page.waitForLoadState('networkidle');
    expect(await page.getByTestId('start-job-search.reindex').count()).toBe(0);
    expect(await page.locator('[data-testid^="job-row-"]', { hasText: '重建搜索索引' }).count()).toBe(0);
  });
});
