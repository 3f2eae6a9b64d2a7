/**
 * Which file a buffer really is, from its bytes (magic numbers), never from its name or the
 * type the browser declared. Only the types offices exchange as evidence are accepted.
 */
import { fileTypeFromBuffer } from 'file-type';
import { officeKind, readZipDirectory } from './zip-directory.js';

export const ALLOWED_TYPES = {
  pdf: { mime: 'application/pdf', extensions: ['pdf'] },
  docx: { mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extensions: ['docx'] },
  doc: { mime: 'application/msword', extensions: ['doc'] },
  xlsx: { mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extensions: ['xlsx'] },
  png: { mime: 'image/png', extensions: ['png'] },
  jpg: { mime: 'image/jpeg', extensions: ['jpg', 'jpeg'] },
} as const;
export type AllowedKind = keyof typeof ALLOWED_TYPES;
export type SniffedType = { kind: AllowedKind; mime: string; extension: string };

/** UTF-16LE "WordDocument": the main stream's name in the directory of a Word 97–2003 file. */
const WORD_STREAM = Buffer.from('WordDocument', 'utf16le');

function of(kind: AllowedKind): SniffedType {
  return { kind, mime: ALLOWED_TYPES[kind].mime, extension: ALLOWED_TYPES[kind].extensions[0] };
}

/** The allowed type `buffer` holds, or null (executables, HTML, archives, anything else). */
export async function sniffAllowedType(buffer: Buffer): Promise<SniffedType | null> {
  const detected = await fileTypeFromBuffer(buffer);
  switch (detected?.ext) {
    case 'pdf':
      return of('pdf');
    case 'png':
      return of('png');
    case 'jpg':
      return of('jpg');
    case 'docx':
    case 'xlsx':
    case 'zip': {
      // Office files are ZIP packages; the directory says which kind (file-type stops at the first entries).
      const entries = readZipDirectory(buffer);
      const kind = entries ? officeKind(entries) : null;
      return kind ? of(kind) : null;
    }
    case 'cfb':
      // The old binary formats share one container (also .xls, .ppt and .msi installers): only a Word stream counts.
      return buffer.includes(WORD_STREAM) ? of('doc') : null;
    default:
      return null;
  }
}

/** The upload's name made safe to store and to send back: no path, no controls, the right extension. */
export function safeFileName(name: string | undefined, type: SniffedType): string {
  const base = (name ?? '')
    .split(/[\\/]/)
    .pop()!
    .replace(/[\u0000-\u001F\u007F-\u009F\u200B-\u200F\u2028-\u202E\uFEFF\uFFFD"*:<>?|]/g, '')
    .trim()
    .replace(/^\.+/, '')
    .slice(0, 180);
  const dot = base.lastIndexOf('.');
  const stem = dot > 0 ? base.slice(0, dot) : base;
  const extension = dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
  const allowed = ALLOWED_TYPES[type.kind].extensions as readonly string[];
  if (allowed.includes(extension)) return `${stem}.${extension}`;
  return `${stem || 'file'}.${type.extension}`;
}
