/**
 * 专家抽取结果验证 as a member of the public uses it: a published draw re-run in the browser gives
 * the panel the server's code gives for the same seed and pool (src/shared/evaluation/judge-draw.ts,
 * run here in Node), says whether it matches the published one, and refuses a bad seed clearly.
 */
import { describe, expect, it } from 'vitest';
import { drawPanel } from '../../src/shared/evaluation/judge-draw.js';
import { useBrowser } from '../support/browser.js';

const b = useBrowser();
const pool = Array.from({ length: 40 }, (_, i) => ({ id: i + 1 }));

describe('draw verification', () => {
  it('re-runs a published draw from its link and confirms the panel; a different panel is flagged', async () => {
    const page = b.page;
    const panel = drawPanel(20211116, pool, 7, [{ expertId: 3, reason: '回避' }]).map((expert) => expert.id);
    await page.goto(`${b.baseUrl}/draws/verify?seed=20211116&pool=1-40&size=7&exclude=3&expect=${panel.join(',')}`);
    await page.getByTestId('draw-result').waitFor();
    expect(await page.getByTestId('draw-verdict').innerText()).toContain('与公布的抽取结果一致');
    const shown = await page.getByTestId('draw-panel').locator('.ant-tag').allInnerTexts();
    expect(shown.map(Number)).toEqual(panel);
    expect(shown.map(Number)).not.toContain(3);

    // Someone types another published panel into the form: the page says it does not match.
    await page.getByTestId('draw-expect').locator('input').or(page.getByTestId('draw-expect')).first().fill([...panel].reverse().join('、'));
    await page.getByTestId('draw-run').click();
    await expect.poll(() => page.getByTestId('draw-verdict').innerText()).toContain('与公布的抽取结果不一致');
    expect(new URL(page.url()).searchParams.get('expect')).toBe([...panel].reverse().join('、'));
    expect(b.session.pageErrors).toEqual([]);
  });

  it('refuses a seed that is not an integer, in words', async () => {
    const page = b.page;
    await page.goto(`${b.baseUrl}/draws/verify?seed=12.5&pool=1-10&size=3`);
    expect(await page.getByTestId('draw-error').innerText()).toContain('随机种子须为 32 位整数');
    expect(await page.getByTestId('draw-result').count()).toBe(0);
  });
});
