/**
 * Uploaded files on disk: <data dir>/files/<first two hex digits of the SHA-256>/<random key>.
 * Names and types live in the attachments table; the disk holds only bytes under random keys,
 * so nothing a user typed ever becomes part of a path.
 */
import { createReadStream, type ReadStream } from 'node:fs';
import { mkdir, rm, stat, writeFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';

const KEY_PATTERN = /^[0-9a-f]{2}\/[0-9a-f]{32}$/;

export type FileStore = {
  root: string;
  /** Writes the bytes under a new key and returns the key ('ab/0123…'). */
  save: (buffer: Buffer, sha256: string) => Promise<string>;
  /** The file's size on disk, or null when it is missing. */
  size: (key: string) => Promise<number | null>;
  open: (key: string) => ReadStream;
  remove: (key: string) => Promise<void>;
};

export function fileStore(dataDir: string): FileStore {
  const root = join(dataDir, 'files');
  const pathOf = (key: string) => {
    if (!KEY_PATTERN.test(key)) throw new Error(`bad storage key ${JSON.stringify(key)}`);
    return join(root, ...key.split('/'));
  };
  return {
    root,
    save: async (buffer, sha256) => {
      const key = `${sha256.slice(0, 2)}/${randomBytes(16).toString('hex')}`;
      await mkdir(join(root, sha256.slice(0, 2)), { recursive: true });
      await writeFile(pathOf(key), buffer, { flag: 'wx', mode: 0o640 });
      return key;
    },
    size: async (key) => {
      try {
        return (await stat(pathOf(key))).size;
      } catch {
        return null;
      }
    },
    open: (key) => createReadStream(pathOf(key)),
    remove: (key) => rm(pathOf(key), { force: true }),
  };
}
