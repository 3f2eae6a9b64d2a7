import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { BulletinDocument } from './bulletin-document.js';
import { docxSafe, renderBulletinDocx } from './render-docx.js';
import { renderBulletinPdf } from './render-pdf.js';
import { articleBulletin } from './render.fixture.js';

const dir = mkdtempSync(join(tmpdir(), 'bulletin-robust-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Any text an editor might paste: controls, lone surrogates, astral hanzi, emoji, RTL marks. */
const anyText = fc.string({ unit: fc.oneof(fc.constantFrom('宜', '宾', '亿', '元', '𠀀', '😀', '\u0000', '\u0007', '\ud800', '\udc00', '\u200f', '\n', ' ', '%'), fc.string({ unit: 'grapheme', maxLength: 1 }), fc.string({ unit: 'binary', maxLength: 1 })), maxLength: 60 });

function bulletinOf(heading: string, text: string, figure: string, note: string): BulletinDocument {
  return { ...articleBulletin(), headline: text, sections: [{ heading, paragraphs: [[{ text }, { figure, note }], []] }] };
}

describe('rendering any text', () => {
  it('never fails, and reports what it could not print', async () => {
    await fc.assert(
      fc.asyncProperty(anyText, anyText, anyText, anyText, async (heading, text, figure, note) => {
        const doc = bulletinOf(heading, text, figure, note);
        const pdf = await renderBulletinPdf(doc);
        expect(pdf.pages).toBeGreaterThanOrEqual(1);
        for (const char of pdf.missingGlyphs) expect(`${heading}${text}${figure}${note}`).toContain(char);
        const docx = await renderBulletinDocx(doc);
        const path = join(dir, 'any.docx');
        writeFileSync(path, docx);
        const xml = execFileSync('unzip', ['-p', path, 'word/document.xml'], { encoding: 'utf8' });
        expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
      }),
      { numRuns: 15 },
    );
  }, 120_000);

  it('renders a bare bulletin (no headline, figures, sections or footer) and an unbreakable line', async () => {
    const bare: BulletinDocument = { lang: 'zh', masthead: { title: '简报', issueLabel: '第1期', issuer: '办公室', date: '2022年3月1日' }, sections: [] };
    expect((await renderBulletinPdf(bare)).pages).toBe(1);
    expect((await renderBulletinDocx(bare)).subarray(0, 2).toString()).toBe('PK');
    const long = bulletinOf('长', 'https://example.org/'.repeat(60) + '9'.repeat(400), '1', '');
    const pdf = await renderBulletinPdf(long);
    expect(pdf.pages).toBeGreaterThanOrEqual(1);
    expect(pdf.missingGlyphs).toEqual([]);
  });

  it('keeps what XML can hold and replaces the rest', () => {
    expect(docxSafe('宜宾\t182.9亿元\n😀')).toBe('宜宾\t182.9亿元\n😀');
    expect(docxSafe('a\u0000b\u0007c\ud800d')).toBe('a□b□c□d');
  });
});
