import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { requireCjkFonts } from './cjk-fonts.js';
import { renderBulletinPdf } from './render-pdf.js';
import { articleBulletin, longBulletin } from './render.fixture.js';

const dir = mkdtempSync(join(tmpdir(), 'bulletin-pdf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function save(name: string, bytes: Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

/** Where the words of page `page` sit: pdftotext's bounding boxes, x from the left edge in points. */
function wordsOnPage(path: string, page: number): { text: string; xMin: number; xMax: number; yMin: number }[] {
  const html = execFileSync('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), path, '-'], { encoding: 'utf8' });
  return [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g)].map((m) => ({ text: m[4]!, xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]) }));
}

const pdftotext = (path: string): string => execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });

/** Share of non-white pixels on page 1 rendered in grey at 50 dpi (a binary PGM). */
function inkOnFirstPage(pdfPath: string): number {
  const base = join(dir, `ink-${Date.now()}`);
  execFileSync('pdftoppm', ['-gray', '-r', '50', '-f', '1', '-l', '1', pdfPath, base]);
  const pgm = readFileSync(`${base}-1.pgm`);
  const header = pgm.subarray(0, 64).toString('latin1').match(/^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/);
  if (!header) throw new Error('not a binary PGM');
  const [, width, height] = header.map(Number);
  const pixels = pgm.subarray(header[0].length);
  let ink = 0;
  for (let i = 0; i < width! * height!; i++) if (pixels[i]! < 200) ink++;
  return ink / (width! * height!);
}

describe('renderBulletinPdf', () => {
  it('prints the masthead, headings and figures in Chinese that pdftotext reads back', async () => {
    const result = await renderBulletinPdf(articleBulletin());
    expect(result.bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(result.missingGlyphs).toEqual([]);
    const path = save('article.pdf', result.bytes);
    const text = pdftotext(path).replace(/[ \t]+/g, ' ');
    for (const expected of ['四川自贸试验区工作简报', '第3期', '四川省自由贸易试验区工作办公室', '2021年4月26日', '8个协同改革先行区挂牌两年', '宜宾 依托双区联动 助力外贸繁荣', '德阳 紧扣协同发展 提升开放能级', '资阳 精准赋能产业 推动牙谷崛起', '182.9亿元', '90.7%', '166.2万吨', '180.4%', '主要数据', '数据来源', '182.9亿元⑤']) {
      expect(text.replace(/\s+/g, ' ')).toContain(expected);
    }
    expect(text).toMatch(/—\s*1\s*—/);
    expect(result.pages).toBe(Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))![1]));
    const fonts = execFileSync('pdffonts', [path], { encoding: 'utf8' });
    expect(fonts).toMatch(/NotoSerifCJKsc-Regular\s+CID Type 0C\s+Identity-H\s+yes\s+yes\s+yes/);
    expect(result.bytes.length).toBeLessThan(400_000); // embedded fonts are subset to the glyphs used
  });

  it('renders page 1 with ink on it (the CJK text is drawn, not blank)', async () => {
    const path = save('ink.pdf', (await renderBulletinPdf(articleBulletin())).bytes);
    const ink = inkOnFirstPage(path);
    expect(ink).toBeGreaterThan(0.02);
    expect(ink).toBeLessThan(0.5);
  });

  it('breaks a long bulletin into numbered pages', async () => {
    const result = await renderBulletinPdf(longBulletin(8));
    expect(result.pages).toBeGreaterThanOrEqual(6);
    const text = pdftotext(save('long.pdf', result.bytes));
    expect(text).toMatch(new RegExp(`—\\s*${result.pages}\\s*—`));
    expect(text).toContain('资阳 精准赋能产业 推动牙谷崛起（8）');
    // GB/T 9704: odd page numbers at the right of the type area, even ones at the left (A4 is 595 pt wide).
    const path = join(dir, 'long.pdf');
    const number = (page: number) => wordsOnPage(path, page).filter((word) => word.text === String(page)).sort((a, b) => b.yMin - a.yMin)[0]!;
    expect(number(1).xMin).toBeGreaterThan(595 / 2);
    expect(number(2).xMax).toBeLessThan(595 / 2);
    expect(number(3).xMin).toBeGreaterThan(595 / 2);
  });

  it('prints characters outside the fonts as □ and reports them, without failing', async () => {
    const doc = articleBulletin();
    doc.sections = [{ heading: '生僻字𠀀测试', paragraphs: [[{ text: '𪚥与龘并用，赵孟' }, { figure: '3家', note: '𫖯' }]] }];
    const result = await renderBulletinPdf(doc);
    // 𠀀 and 𪚥 (CJK Extension B) are outside Noto CJK SC; 龘 (outside GB 2312) and 𫖯 (通用规范汉字表) are in it.
    expect(result.missingGlyphs).toEqual(['𠀀', '𪚥']);
    const text = pdftotext(save('missing.pdf', result.bytes));
    expect(text).toContain('生僻字□测试');
    expect(text).toContain('□与龘并用');
    expect(text).toContain('3家');
  });

  it('refuses with BULLETIN_PDF_NO_FONTS where the machine has no Chinese font', async () => {
    await expect(async () => renderBulletinPdf(articleBulletin(), requireCjkFonts(() => undefined))).rejects.toMatchObject({ code: 'BULLETIN_PDF_NO_FONTS', statusCode: 409 });
  });

  it('writes the English labels for an English bulletin', async () => {
    const result = await renderBulletinPdf({ ...articleBulletin(), lang: 'en', headline: 'Two years of the 8 pilot zones' });
    const text = pdftotext(save('en.pdf', result.bytes));
    expect(text).toContain('Key figures');
    expect(text).toContain('Sources of the figures');
    expect(text).toContain('Two years of the 8 pilot zones');
  });
});
