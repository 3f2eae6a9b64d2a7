#!/usr/bin/env node
// Builds the web client into web/dist. Runs after `npm install` and before `npm start`
// (with --if-stale it only rebuilds when a source file is newer than the last build),
// so a new user never has to remember a build command.
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const root = new URL('..', import.meta.url).pathname;
const dist = join(root, 'web', 'dist', 'index.html');
const args = process.argv.slice(2);

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist') continue;
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

if (!existsSync(join(root, 'web', 'vite.config.ts'))) process.exit(0);
if (!existsSync(join(root, 'node_modules', 'vite'))) {
  console.warn('vite is not installed (npm install --omit=dev?): skipping the web build');
  process.exit(0);
}
/** Text files worth compressing; smaller ones cost more in headers than they save. */
const COMPRESSIBLE = new Set(['.js', '.mjs', '.css', '.html', '.svg', '.json', '.txt', '.map']);
const MIN_BYTES = 1024;

/**
 * Writes `file.br` (brotli, best quality) and `file.gz` (gzip -9) beside each text file of the
 * build, where missing or older than the file; the server sends them as they are
 * (@fastify/static preCompressed), so nothing is compressed per request. A copy that would not
 * be smaller is not written.
 */
function precompress(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      precompress(path);
      continue;
    }
    if (!COMPRESSIBLE.has(extname(entry.name))) continue;
    const { size, mtimeMs } = statSync(path);
    if (size < MIN_BYTES) continue;
    let content;
    for (const [suffix, compress] of [
      ['.br', (data) => brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length } })],
      ['.gz', (data) => gzipSync(data, { level: 9 })],
    ]) {
      if (existsSync(path + suffix) && statSync(path + suffix).mtimeMs >= mtimeMs) continue;
      content ??= readFileSync(path);
      const compressed = compress(content);
      if (compressed.length < content.length) writeFileSync(path + suffix, compressed);
    }
  }
}

if (args.includes('--if-stale') && existsSync(dist)) {
  const sources = Math.max(newestMtime(join(root, 'web')), newestMtime(join(root, 'src', 'shared')));
  if (statSync(dist).mtimeMs >= sources) {
    // A build from before precompression gets its copies now.
    precompress(join(root, 'web', 'dist'));
    process.exit(0);
  }
}
console.log('构建前端 Building the web client…');
const result = spawnSync(process.execPath, [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'], {
  cwd: root,
  stdio: 'inherit',
  // Always the production build of React and antd: a build started from a test runner
  // (NODE_ENV=test) would otherwise ship their development builds, twice the size.
  env: { ...process.env, NODE_ENV: 'production' },
});
if (result.status === 0) precompress(join(root, 'web', 'dist'));
process.exit(result.status ?? 1);
