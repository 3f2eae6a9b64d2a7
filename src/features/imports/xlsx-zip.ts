/**
 * Random access to the parts of an .xlsx package held in memory: each part is inflated as a
 * stream of chunks, when it is needed and in the order the reader needs it (styles and shared
 * strings before the sheets), whatever order the archive stores them in. Nothing is written to
 * disk and no part is ever inflated whole.
 */
import { createInflateRaw } from 'node:zlib';
import type { ZipEntry } from '../files/zip-directory.js';

const LOCAL_SIGNATURE = 0x04034b50;
const DESCRIPTOR_SIGNATURE = 0x08074b50;
const CHUNK = 64 * 1024;

export type PackagePart = { name: string; method: number; dataStart: number; compressedSize: number; declaredSize: number };

/** Why a package cannot be read: the caller turns it into its own error. */
export class PackageError extends Error {
  constructor(message: string) {
    super(`xlsx package: ${message}`);
    this.name = 'PackageError';
  }
}

/**
 * The parts of the archive, found by walking the local headers (as streaming unzippers do);
 * sizes a data descriptor defers come from the central directory, which also gives every
 * part's declared unpacked size, the one the package check accepted.
 */
export function packageParts(buffer: Buffer, directory: ZipEntry[]): Map<string, PackagePart> {
  const central = new Map(directory.map((entry) => [entry.name, entry]));
  const parts = new Map<string, PackagePart>();
  let at = 0;
  while (at + 30 <= buffer.length && buffer.readUInt32LE(at) === LOCAL_SIGNATURE) {
    const flags = buffer.readUInt16LE(at + 6);
    const method = buffer.readUInt16LE(at + 8);
    const nameLength = buffer.readUInt16LE(at + 26);
    const dataStart = at + 30 + nameLength + buffer.readUInt16LE(at + 28);
    const name = buffer.subarray(at + 30, at + 30 + nameLength).toString(flags & 0x800 ? 'utf8' : 'latin1');
    const listed = central.get(name);
    const deferred = (flags & 0x08) !== 0;
    const compressedSize = deferred ? listed?.compressedSize : buffer.readUInt32LE(at + 18);
    if (compressedSize === undefined || dataStart + compressedSize > buffer.length) throw new PackageError(`bad entry ${name}`);
    if (listed && !parts.has(name)) parts.set(name, { name, method, dataStart, compressedSize, declaredSize: listed.uncompressedSize });
    if (flags & 0x01) throw new PackageError('encrypted entry');
    at = dataStart + compressedSize;
    if (deferred) at += at + 4 <= buffer.length && buffer.readUInt32LE(at) === DESCRIPTOR_SIGNATURE ? 16 : 12;
  }
  return parts;
}

/** The part's bytes, unpacked chunk by chunk; more than its declared size means the archive lies. */
export async function* partChunks(buffer: Buffer, part: PackagePart): AsyncGenerator<Buffer> {
  const data = buffer.subarray(part.dataStart, part.dataStart + part.compressedSize);
  let produced = 0;
  const count = (chunk: Buffer) => {
    produced += chunk.length;
    if (produced > part.declaredSize) throw new PackageError(`${part.name} unpacks larger than declared`);
    return chunk;
  };
  if (part.method === 0) {
    for (let at = 0; at < data.length; at += CHUNK) yield count(data.subarray(at, at + CHUNK));
    return;
  }
  if (part.method !== 8) throw new PackageError(`compression method ${part.method}`);
  const inflate = createInflateRaw({ chunkSize: CHUNK });
  inflate.end(data);
  try {
    // Breaking out of this loop (a row limit, the end of the rows) destroys the inflater.
    for await (const chunk of inflate) yield count(chunk as Buffer);
  } finally {
    inflate.destroy();
  }
}
