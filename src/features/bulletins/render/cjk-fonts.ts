/**
 * The Chinese fonts the bulletin PDF is set in, found on this machine rather than kept in the
 * repository: the operating system's Noto CJK / Source Han faces (Debian and Ubuntu
 * `fonts-noto-cjk`, Fedora `google-noto-*-cjk-fonts`, Arch `noto-fonts-cjk`), or any file an
 * administrator names. pdfkit embeds only the glyphs a document uses, so the full faces cost a
 * few kilobytes per PDF and print every character they cover (GB 18030 names included).
 *
 * Looked for in this order, and the first face that prints Chinese wins:
 *   1. YANZHEN_FONT_SERIF / YANZHEN_FONT_SANS: a font file, `path#PostScriptName` for a collection;
 *   2. fontconfig (`fc-match`), asked for the Noto/Source Han families by name;
 *   3. the files those packages install, for systems without fontconfig.
 * The .docx needs none of this: it names its fonts and Word or WPS supplies them.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as fontkit from 'fontkit';
import { AppError } from '../../../kernel/errors.js';
import './render.messages.js';

export type FontRole = 'serif' | 'sans';

/** A face pdfkit can embed: the file, and the face's PostScript name inside a collection. */
export interface FontFace {
  file: string;
  postscriptName: string;
  /** Whether the file is a collection (.ttc), so that pdfkit must be told the face's name. */
  inCollection: boolean;
  /** The code points the face has a glyph for (kept instead of the parsed font: ~1 MB, not ~20). */
  codePoints: ReadonlySet<number>;
}

const ENV_VARIABLE: Record<FontRole, string> = { serif: 'YANZHEN_FONT_SERIF', sans: 'YANZHEN_FONT_SANS' };

/** fontconfig patterns, best first: body text in a 宋体-like serif, headings in a bold 黑体-like sans. */
const FONTCONFIG_PATTERNS: Record<FontRole, string[]> = {
  serif: ['Noto Serif CJK SC:style=Regular', 'Source Han Serif SC:style=Regular', 'Noto Serif SC:style=Regular', 'serif:lang=zh-cn'],
  sans: ['Noto Sans CJK SC:style=Bold', 'Source Han Sans SC:style=Bold', 'Noto Sans SC:style=Bold', 'sans-serif:lang=zh-cn:weight=bold'],
};

const FONT_DIRS = ['/usr/share/fonts/opentype/noto', '/usr/share/fonts/noto-cjk', '/usr/share/fonts/google-noto-serif-cjk-fonts', '/usr/share/fonts/google-noto-sans-cjk-fonts', '/usr/share/fonts/google-noto-cjk'];
const FONT_FILES: Record<FontRole, string[]> = {
  serif: ['NotoSerifCJK-Regular.ttc', 'NotoSerifCJKsc-Regular.otf'],
  sans: ['NotoSansCJK-Bold.ttc', 'NotoSansCJKsc-Bold.otf'],
};
/** Inside a collection, the Simplified Chinese face (the collections also hold JP, KR, TC, HK). */
const PREFERRED_FACE: Record<FontRole, RegExp> = { serif: /CJKsc-Regular$|SC-Regular$/, sans: /CJKsc-Bold$|SC-Bold$/ };

/** 中 and 国: a face without them cannot set a bulletin. */
const MUST_PRINT = [0x4e2d, 0x56fd];

type Face = { postscriptName: string; characterSet: number[]; hasGlyphForCodePoint(codePoint: number): boolean };
type Opened = Face | { fonts: Face[] };

export interface FontSearch {
  env: Record<string, string | undefined>;
  /** Ask fontconfig; off where a test wants only the named files looked at. */
  fontconfig: boolean;
  /** Files to try last. */
  files: (role: FontRole) => string[];
}

export const SYSTEM_FONT_SEARCH: FontSearch = {
  env: process.env,
  fontconfig: true,
  files: (role) => FONT_DIRS.flatMap((dir) => FONT_FILES[role].map((file) => `${dir}/${file}`)),
};

/** The face in `file` that prints Chinese (the preferred one in a collection), or undefined. */
function openFace(file: string, role: FontRole, postscriptName?: string): FontFace | undefined {
  if (!existsSync(file)) return undefined;
  let opened: Opened;
  try {
    opened = fontkit.openSync(file) as unknown as Opened;
  } catch {
    return undefined; // not a font file fontkit reads
  }
  const faces = 'fonts' in opened ? opened.fonts : [opened];
  const wanted = postscriptName ? faces.filter((face) => face.postscriptName === postscriptName) : [...faces.filter((face) => PREFERRED_FACE[role].test(face.postscriptName)), ...faces];
  const face = wanted.find((candidate) => MUST_PRINT.every((codePoint) => candidate.hasGlyphForCodePoint(codePoint)));
  return face && { file, postscriptName: face.postscriptName, inCollection: 'fonts' in opened, codePoints: new Set(face.characterSet) };
}

function fromFontconfig(pattern: string): { file: string; postscriptName: string } | undefined {
  try {
    const [file, postscriptName] = execFileSync('fc-match', ['--format=%{file}\n%{postscriptname}', pattern], { encoding: 'utf8', timeout: 5_000, stdio: ['ignore', 'pipe', 'ignore'] }).split('\n');
    return file ? { file, postscriptName: postscriptName ?? '' } : undefined;
  } catch {
    return undefined; // no fontconfig here
  }
}

/** Finds the face for `role`, or undefined when this machine has none that prints Chinese. */
export function findCjkFont(role: FontRole, search: FontSearch = SYSTEM_FONT_SEARCH): FontFace | undefined {
  const named = search.env[ENV_VARIABLE[role]];
  if (named) {
    const [file, postscriptName] = named.split('#');
    // A named file that is not usable is an administrator's mistake: say so, do not fall back silently.
    return openFace(file!, role, postscriptName) ?? undefined;
  }
  if (search.fontconfig) {
    for (const pattern of FONTCONFIG_PATTERNS[role]) {
      const match = fromFontconfig(pattern);
      const face = match && openFace(match.file, role, match.postscriptName || undefined);
      if (face) return face;
    }
  }
  for (const file of search.files(role)) {
    const face = openFace(file, role);
    if (face) return face;
  }
  return undefined;
}

const found = new Map<FontRole, FontFace | undefined>();

/** The machine's faces, looked for once per process. */
export function systemCjkFont(role: FontRole): FontFace | undefined {
  if (!found.has(role)) found.set(role, findCjkFont(role));
  return found.get(role);
}

/** Both faces, or a 409 that says what to install (the bulletin's Word file is still made). */
export function requireCjkFonts(lookup: (role: FontRole) => FontFace | undefined = systemCjkFont): Record<FontRole, FontFace> {
  const serif = lookup('serif');
  const sans = lookup('sans');
  if (!serif || !sans) throw new AppError('BULLETIN_PDF_NO_FONTS');
  return { serif, sans };
}

/** For the operator, at start-up: which faces the PDFs will use, or what to do when there are none. */
export function describeCjkFonts(lookup: (role: FontRole) => FontFace | undefined = systemCjkFont): { ok: boolean; text: string } {
  const faces = (['serif', 'sans'] as const).map((role) => [role, lookup(role)] as const);
  const missing = faces.filter(([, face]) => !face).map(([role]) => ENV_VARIABLE[role]);
  if (missing.length === 0) return { ok: true, text: faces.map(([role, face]) => `${role}: ${face!.postscriptName} (${face!.file})`).join('; ') };
  return {
    ok: false,
    text:
      '未找到中文字体，简报 PDF 暂不能生成（Word 文件照常）：请安装 fonts-noto-cjk，或以 ' + missing.join('、') + ' 指定字体文件（集合文件写作 路径#PostScript名）。' +
      ' No Chinese font found, so bulletin PDFs cannot be made (Word files still are): install fonts-noto-cjk, or name a font file in ' + missing.join(', ') + ' (path#PostScriptName for a collection).',
  };
}
