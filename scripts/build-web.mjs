#!/usr/bin/env node
// Builds the web client into web/dist. Runs after `npm install` and before `npm start`
// (with --if-stale it only rebuilds when a source file is newer than the last build),
// so a new user never has to remember a build command.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

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
if (args.includes('--if-stale') && existsSync(dist)) {
  const sources = Math.max(newestMtime(join(root, 'web')), newestMtime(join(root, 'src', 'shared')));
  if (statSync(dist).mtimeMs >= sources) process.exit(0);
}
console.log('构建前端 Building the web client…');
const result = spawnSync(process.execPath, [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'], {
  cwd: root,
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
