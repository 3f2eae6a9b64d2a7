/**
 * Reads a ZIP file's central directory without inflating anything: the entry names tell a
 * Word file from a workbook, and the declared sizes let us refuse a "zip bomb" before a
 * library unpacks it into memory.
 */

export type ZipEntry = { name: string; compressedSize: number; uncompressedSize: number };

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const EOCD_MIN = 22;
/** The end record sits in the last 22 bytes plus a comment of at most 65,535 bytes. */
const EOCD_SEARCH = EOCD_MIN + 0xffff;

/** The entries of a ZIP archive, or null when `buffer` is not one we can read (or is ZIP64). */
export function readZipDirectory(buffer: Buffer): ZipEntry[] | null {
  if (buffer.length < EOCD_MIN) return null;
  let eocd = -1;
  for (let i = buffer.length - EOCD_MIN; i >= Math.max(0, buffer.length - EOCD_SEARCH); i -= 1) {
    if (buffer.readUInt32LE(i) === EOCD_SIGNATURE) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = buffer.readUInt16LE(eocd + 10);
  const size = buffer.readUInt32LE(eocd + 12);
  const offset = buffer.readUInt32LE(eocd + 16);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) return null;
  if (offset + size > eocd) return null;
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let n = 0; n < count; n += 1) {
    if (at + 46 > eocd || buffer.readUInt32LE(at) !== CENTRAL_SIGNATURE) return null;
    const flags = buffer.readUInt16LE(at + 8);
    const compressedSize = buffer.readUInt32LE(at + 20);
    const uncompressedSize = buffer.readUInt32LE(at + 24);
    const nameLength = buffer.readUInt16LE(at + 28);
    const extraLength = buffer.readUInt16LE(at + 30);
    const commentLength = buffer.readUInt16LE(at + 32);
    if (compressedSize === 0xffffffff || uncompressedSize === 0xffffffff) return null;
    const nameEnd = at + 46 + nameLength;
    if (nameEnd > eocd) return null;
    const name = buffer.subarray(at + 46, nameEnd).toString(flags & 0x800 ? 'utf8' : 'latin1');
    entries.push({ name, compressedSize, uncompressedSize });
    at = nameEnd + extraLength + commentLength;
  }
  return entries;
}

/** The sum of the declared unpacked sizes. */
export function unpackedSize(entries: ZipEntry[]): number {
  return entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
}

/** 'xlsx' / 'docx' when the archive is an Office Open XML workbook or Word document. */
export function officeKind(entries: ZipEntry[]): 'xlsx' | 'docx' | null {
  const names = new Set(entries.map((entry) => entry.name));
  if (!names.has('[Content_Types].xml')) return null;
  if (names.has('xl/workbook.xml')) return 'xlsx';
  if (names.has('word/document.xml')) return 'docx';
  return null;
}
