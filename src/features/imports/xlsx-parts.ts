/**
 * The workbook-level parts of an .xlsx package, read with a SAX parser (saxes, the one
 * ExcelJS itself parses with): the sheet list, the date system, the number format of each
 * cell style and the shared strings. Values are decoded the way ExcelJS's workbook loader
 * decodes them, so the import reads the same cells it read when it loaded whole workbooks.
 */
import { posix } from 'node:path';
import { SaxesParser, type SaxesTagPlain } from 'saxes';

export type XmlHandlers = {
  open?: (tag: SaxesTagPlain) => void;
  text?: (text: string) => void;
  close?: (tag: SaxesTagPlain) => void;
};

/** An element's name without its namespace prefix ('x:row' → 'row'). */
export const localName = (name: string) => name.slice(name.indexOf(':') + 1);

/**
 * Feeds the chunks to a SAX parser and yields after each one, so that a caller can take
 * what the handlers collected, and stop (return) without reading the rest. UTF-8 is decoded
 * across chunk boundaries: a character split between two chunks stays one character.
 */
export async function* feedXml(chunks: AsyncIterable<Buffer>, handlers: XmlHandlers): AsyncGenerator<void> {
  const parser = new SaxesParser<{ xmlns: false; position: false }>({ xmlns: false, position: false });
  if (handlers.open) parser.on('opentag', handlers.open);
  if (handlers.text) {
    parser.on('text', handlers.text);
    parser.on('cdata', handlers.text);
  }
  if (handlers.close) parser.on('closetag', handlers.close);
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of chunks) {
    parser.write(decoder.decode(chunk, { stream: true }));
    yield;
  }
  parser.write(decoder.decode());
  parser.close();
  yield;
}

async function parseXml(chunks: AsyncIterable<Buffer>, handlers: XmlHandlers): Promise<void> {
  for await (const _ of feedXml(chunks, handlers));
}

/**
 * The same text in a string of its own. Text from the parser is a slice of the chunk it was
 * read from, and V8 keeps the whole chunk alive for it: a few kept cells would hold the whole
 * part. Prefixing forces a flat copy; the slice after it then holds only that copy.
 */
export const detach = (text: string) => (text.length > 12 ? ` ${text}`.slice(1) : text);

/** ExcelJS's text decoding of shared strings: `_x000D_` and the like become the character they escape. */
export const decodeEscapes = (text: string) => text.replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

/** The built-in number formats that have a code of their own (ids 27–36 and 50–58 depend on the locale and have none). */
const BUILT_IN_FORMATS: Record<number, string> = {
  0: 'General', 1: '0', 2: '0.00', 3: '#,##0', 4: '#,##0.00', 9: '0%', 10: '0.00%', 11: '0.00E+00', 12: '# ?/?', 13: '# ??/??',
  14: 'mm-dd-yy', 15: 'd-mmm-yy', 16: 'd-mmm', 17: 'mmm-yy', 18: 'h:mm AM/PM', 19: 'h:mm:ss AM/PM', 20: 'h:mm', 21: 'h:mm:ss',
  22: 'm/d/yy "h":mm', 37: '#,##0 ;(#,##0)', 38: '#,##0 ;[Red](#,##0)', 39: '#,##0.00 ;(#,##0.00)', 40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss', 46: '[h]:mm:ss', 47: 'mmss.0', 48: '##0.0E+0', 49: '@',
};

export type SheetEntry = { name: string; state: string; path: string };

export type WorkbookParts = {
  /** Worksheets in the workbook's order (chart sheets are not listed). */
  sheets: SheetEntry[];
  date1904: boolean;
  /** The number format of a cell's style index (`s`), as ExcelJS reports it. */
  numFmt: (style: number) => string | null;
  sharedStrings: string[];
};

type Relationship = { target: string; type: string };

async function readRelationships(chunks: AsyncIterable<Buffer> | null): Promise<Map<string, Relationship>> {
  const rels = new Map<string, Relationship>();
  if (!chunks) return rels;
  await parseXml(chunks, {
    open: (tag) => {
      if (localName(tag.name) !== 'Relationship') return;
      const { Id, Target, Type } = tag.attributes;
      if (Id && Target) rels.set(Id, { target: Target, type: Type ?? '' });
    },
  });
  return rels;
}

/** A relationship target of xl/workbook.xml as a path in the package. */
function partPath(target: string): string {
  return target.startsWith('/') ? target.slice(1) : posix.normalize(posix.join('xl', target));
}

async function readStyles(chunks: AsyncIterable<Buffer> | null): Promise<WorkbookParts['numFmt']> {
  const custom = new Map<number, string>();
  const formatIds: number[] = [];
  let section = '';
  if (chunks) {
    await parseXml(chunks, {
      open: (tag) => {
        const name = localName(tag.name);
        if (name === 'numFmts' || name === 'cellXfs') section = name;
        else if (name === 'numFmt' && section === 'numFmts') custom.set(parseInt(tag.attributes.numFmtId ?? '', 10), tag.attributes.formatCode ?? '');
        else if (name === 'xf' && section === 'cellXfs') formatIds.push(parseInt(tag.attributes.numFmtId ?? '0', 10) || 0);
      },
      close: (tag) => {
        if (localName(tag.name) === section) section = '';
      },
    });
  }
  // Like ExcelJS, style 0 and format 0 carry no number format.
  return (style) => {
    const id = style ? formatIds[style] : undefined;
    return (id && (custom.get(id) ?? BUILT_IN_FORMATS[id])) || null;
  };
}

/** Each <si> as one string: rich-text runs joined, phonetic guides (<rPh>) left out. */
async function readSharedStrings(chunks: AsyncIterable<Buffer> | null): Promise<string[]> {
  const strings: string[] = [];
  if (!chunks) return strings;
  let text: string | null = null;
  let run: string | null = null;
  let phonetic = false;
  await parseXml(chunks, {
    open: (tag) => {
      const name = localName(tag.name);
      if (name === 'si') text = '';
      else if (name === 'rPh') phonetic = true;
      else if (name === 't' && text !== null && !phonetic) run = '';
    },
    text: (value) => {
      if (run !== null) run += value;
    },
    close: (tag) => {
      const name = localName(tag.name);
      if (name === 't' && run !== null) {
        text += decodeEscapes(run);
        run = null;
      } else if (name === 'rPh') phonetic = false;
      else if (name === 'si' && text !== null) {
        strings.push(detach(text));
        text = null;
      }
    },
  });
  return strings;
}

/** Reads everything the sheets need; `open` gives a part's chunks, or null when the package has no such part. */
export async function readWorkbookParts(open: (path: string) => AsyncIterable<Buffer> | null): Promise<WorkbookParts> {
  const rels = await readRelationships(open('xl/_rels/workbook.xml.rels'));
  const listed: { name: string; state: string; rel: string }[] = [];
  let date1904 = false;
  const book = open('xl/workbook.xml');
  if (book) {
    await parseXml(book, {
      open: (tag) => {
        const name = localName(tag.name);
        if (name === 'workbookPr') date1904 = ['1', 'true'].includes(tag.attributes.date1904 ?? '');
        if (name !== 'sheet') return;
        const rel = Object.entries(tag.attributes).find(([key]) => key.endsWith(':id'))?.[1] ?? '';
        listed.push({ name: tag.attributes.name ?? '', state: tag.attributes.state ?? 'visible', rel });
      },
    });
  }
  const ofType = (type: string) => [...rels.values()].find((rel) => rel.type.endsWith(`/${type}`));
  const sheets = listed.flatMap(({ name, state, rel }) => {
    const target = rels.get(rel);
    return target && (target.type === '' || target.type.endsWith('/worksheet')) ? [{ name, state, path: partPath(target.target) }] : [];
  });
  const stylesRel = ofType('styles');
  const stringsRel = ofType('sharedStrings');
  const numFmt = await readStyles(open(stylesRel ? partPath(stylesRel.target) : 'xl/styles.xml'));
  const sharedStrings = await readSharedStrings(open(stringsRel ? partPath(stringsRel.target) : 'xl/sharedStrings.xml'));
  return { sheets, date1904, numFmt, sharedStrings };
}
