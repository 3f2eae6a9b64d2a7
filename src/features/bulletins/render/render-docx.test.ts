import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderBulletinDocx } from './render-docx.js';
import { articleBulletin, longBulletin } from './render.fixture.js';

const dir = mkdtempSync(join(tmpdir(), 'bulletin-docx-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const soffice = ['/usr/bin/soffice', '/usr/lib/libreoffice/program/soffice'].find((path) => existsSync(path));
if (!soffice) console.warn('render-docx.test: LibreOffice (soffice) is not installed; the .docx → PDF conversion test is skipped. Install libreoffice-writer.');

const part = (docx: string, name: string): string => execFileSync('unzip', ['-p', docx, name], { encoding: 'utf8' });

/** The .docx converted by LibreOffice (a profile of its own, so parallel runs do not collide). */
function convertToPdf(docx: string): string {
  const profile = `file://${join(dir, 'lo-profile')}`;
  execFileSync(soffice!, [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx], { timeout: 120_000, stdio: 'pipe' });
  return docx.replace(/\.docx$/, '.pdf');
}

describe('renderBulletinDocx', () => {
  it('writes the masthead, headings, figures and their provenance into the document', async () => {
    const bytes = await renderBulletinDocx(articleBulletin());
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    const path = join(dir, 'article.docx');
    writeFileSync(path, bytes);
    const xml = part(path, 'word/document.xml');
    for (const expected of ['四川自贸试验区工作简报', '第3期', '四川省自由贸易试验区工作办公室', '2021年4月26日', '8个协同改革先行区挂牌两年', '宜宾 依托双区联动 助力外贸繁荣', '182.9亿元', '166.2万吨', '主要数据']) {
      expect(xml).toContain(expected);
    }
    // A4 with the GB/T 9704 margins, in twips: 37 / 35 / 28 / 26 mm.
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(xml).toMatch(/w:top="2098"[^>]*w:right="1474"[^>]*w:bottom="1984"[^>]*w:left="1587"/);
    expect(xml).toContain('w:eastAsia="方正小标宋简体"');
    expect(xml).toContain('w:eastAsia="仿宋_GB2312"');
    expect(xml).toContain('w:eastAsia="黑体"');
    expect(xml).toContain('w:color="C00000"');
    expect(xml).toMatch(/<w:ind w:firstLine="640"\/>/); // two 16 pt characters
    expect(part(path, 'word/footnotes.xml')).toContain('外贸进出口额，宜宾，2019—2020年两年累计');
    // Page numbers as GB/T 9704 places them: odd pages right, even pages left, each one character (14 pt = 280 twips) in.
    expect(part(path, 'word/settings.xml')).toContain('<w:evenAndOddHeaders/>');
    expect(xml).toMatch(/<w:footerReference w:type="default"/);
    expect(xml).toMatch(/<w:footerReference w:type="even"/);
    const footers = ['word/footer1.xml', 'word/footer2.xml'].map((name) => part(path, name));
    expect(footers.some((footer) => /<w:jc w:val="right"\/>/.test(footer) && footer.includes('w:right="280"'))).toBe(true);
    expect(footers.some((footer) => /<w:jc w:val="left"\/>/.test(footer) && footer.includes('w:left="280"'))).toBe(true);
  });

  it.skipIf(!soffice)('opens in LibreOffice: converted to PDF, its text has the Chinese title and figures', async () => {
    const path = join(dir, 'converted.docx');
    writeFileSync(path, await renderBulletinDocx(longBulletin(3)));
    const pdf = convertToPdf(path);
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    for (const expected of ['四川自贸试验区工作简报', '8个协同改革先行区挂牌两年', '宜宾依托双区联动助力外贸繁荣（3）', '182.9亿元', '180.4%', '—2—']) {
      expect(text).toContain(expected);
    }
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
    expect(pages).toBeGreaterThan(2);
  }, 180_000);
});
