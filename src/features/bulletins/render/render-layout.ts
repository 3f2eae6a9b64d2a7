/**
 * The page and type of a bulletin, after GB/T 9704-2012 (党政机关公文格式), shared by the .docx and
 * PDF renderers: A4, margins top 37 mm, bottom 35 mm, left 28 mm, right 26 mm; title 2号 (22 pt)
 * 方正小标宋简体 in red; headings 3号 (16 pt) 黑体; body 3号 仿宋_GB2312 with a two-character
 * first-line indent; page numbers 4号 (14 pt) as “— 1 —”.
 */

export const MM_TO_PT = 72 / 25.4;
export const A4_MM = { width: 210, height: 297 } as const;
export const MARGINS_MM = { top: 37, bottom: 35, left: 28, right: 26 } as const;
export const RED = 'C00000';

export const SIZES_PT = { masthead: 30, title: 22, heading: 16, body: 16, small: 14, note: 10.5 } as const;
/** Body line pitch: 28 lines on the 225 mm type area. */
export const BODY_LINE_PT = (225 * MM_TO_PT) / 28;

/** Font names the .docx asks for; WPS and Word substitute when one is missing. */
export const DOCX_FONTS = {
  title: '方正小标宋简体',
  heading: '黑体',
  body: '仿宋_GB2312',
  /** Latin digits and letters in the body. */
  latin: 'Times New Roman',
} as const;

/** What a character the fonts lack prints as. */
export const MISSING_GLYPH = '□';
