import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { describeCjkFonts, findCjkFont, requireCjkFonts, SYSTEM_FONT_SEARCH, type FontSearch } from './cjk-fonts.js';

// CI installs Debian's fonts-noto-cjk (the e2e browser needs it too): the system search finds it.
const dir = mkdtempSync(join(tmpdir(), 'yz-fonts-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const only = (env: Record<string, string>, files: string[] = []): FontSearch => ({ env, fontconfig: false, files: () => files });

describe('the Chinese fonts of the bulletin PDF', () => {
  it('finds the Simplified Chinese faces of the installed Noto CJK collections', () => {
    const serif = findCjkFont('serif');
    const sans = findCjkFont('sans');
    expect(serif).toMatchObject({ postscriptName: 'NotoSerifCJKsc-Regular', inCollection: true });
    expect(sans).toMatchObject({ postscriptName: 'NotoSansCJKsc-Bold', inCollection: true });
    expect(serif!.codePoints.has('雁'.codePointAt(0)!)).toBe(true);
    expect(describeCjkFonts()).toMatchObject({ ok: true });
  });

  it('takes the face an administrator names, also inside a collection, and without fontconfig', () => {
    const system = findCjkFont('serif')!;
    expect(findCjkFont('serif', only({ YANZHEN_FONT_SERIF: `${system.file}#NotoSerifCJKtc-Regular` }))).toMatchObject({ postscriptName: 'NotoSerifCJKtc-Regular' });
    const copy = join(dir, 'copy.ttc');
    copyFileSync(system.file, copy);
    expect(findCjkFont('serif', only({}, [join(dir, 'absent.ttc'), copy]))).toMatchObject({ file: copy, postscriptName: 'NotoSerifCJKsc-Regular' });
  });

  it('does not fall back silently from a named file that is no usable font', () => {
    const notAFont = join(dir, 'not-a-font.otf');
    writeFileSync(notAFont, 'OTTO but not really a font');
    const system = findCjkFont('serif')!;
    expect(findCjkFont('serif', { ...SYSTEM_FONT_SEARCH, env: { YANZHEN_FONT_SERIF: notAFont } })).toBeUndefined();
    expect(findCjkFont('serif', { ...SYSTEM_FONT_SEARCH, env: { YANZHEN_FONT_SERIF: `${system.file}#NoSuchFace` } })).toBeUndefined();
  });

  it('says what to install when there is none, in Chinese first', () => {
    const none = () => undefined;
    expect(() => requireCjkFonts(none)).toThrow(expect.objectContaining({ code: 'BULLETIN_PDF_NO_FONTS', statusCode: 409 }));
    const described = describeCjkFonts(none);
    expect(described.ok).toBe(false);
    expect(described.text).toMatch(/^未找到中文字体.*fonts-noto-cjk.*YANZHEN_FONT_SERIF、YANZHEN_FONT_SANS/);
    expect(findCjkFont('sans', only({}, []))).toBeUndefined();
  });
});
