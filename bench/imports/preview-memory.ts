/**
 * Memory of an Excel import preview on the real server: an honest large sheet (5,000 rows ×
 * 20 columns of long Chinese text, office layout, within the 10 MB upload limit) is uploaded
 * to POST /api/imports/innovations/preview while the server's resident memory is sampled
 * every 50 ms from /proc/<pid>/status. Target (issue 6 §3): under 300 MB above idle.
 * The workbook reader is also measured alone (read-alone.ts), to tell its share from the rest
 * of the preview (checks, storing the batch, the answer).
 *
 * Usage: npx tsx bench/imports/preview-memory.ts [--after REV] [--before REV] [--rounds 2] [--rows 5000] [--port N]
 * A REV runs the server from a temporary git worktree of that revision (so that work in
 * progress elsewhere in the tree does not take part); without --after, the working tree runs.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, ROOT } from '../app/server-process.js';
import { writeResultsSection } from '../results-file.js';
import { readZipDirectory, unpackedSize } from '../../src/features/files/zip-directory.js';
import { formattedTemplate, honestSheet } from './honest-sheet.js';

const args = process.argv.slice(2);
const option = (name: string) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? args[index + 1] : undefined;
};
const rounds = Number(option('rounds') ?? 2);
const rowCount = Number(option('rows') ?? 5000);
/** A fixed port for the server (a shared machine may hand out port ranges); a free one otherwise. */
const fixedPort = option('port') ? Number(option('port')) : undefined;
const SAMPLE_MS = 50;
const MB = 1024 * 1024;

/** VmRSS and VmHWM (the peak since the process started), in MB. */
function memory(pid: number): { rss: number; hwm: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN) / 1024;
  return { rss: kb('VmRSS'), hwm: kb('VmHWM') };
}

/** A checkout of `rev` sharing this tree's node_modules, or this tree for '.'. */
function checkout(rev: string): { root: string; label: string; remove: () => void } {
  if (rev === '.') return { root: ROOT, label: 'working tree', remove: () => {} };
  const sha = execFileSync('git', ['rev-parse', '--short', rev], { cwd: ROOT, encoding: 'utf8' }).trim();
  const dir = mkdtempSync(join(tmpdir(), 'yanzhen-rev-'));
  execFileSync('git', ['worktree', 'add', '--detach', dir, rev], { cwd: ROOT, stdio: 'ignore' });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  return { root: dir, label: sha, remove: () => execFileSync('git', ['worktree', 'remove', '--force', dir], { cwd: ROOT, stdio: 'ignore' }) };
}

/** `node --import tsx src/server/main.ts` in one process, so that its pid is the server's. */
async function start(root: string): Promise<{ child: ChildProcess; base: string; stop: () => Promise<void> }> {
  const port = fixedPort ?? (await freePort());
  const dataDir = mkdtempSync(join(tmpdir(), 'yanzhen-preview-'));
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'src/server/main.ts')], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: '', YANZHEN_DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    if (Date.now() > deadline) throw new Error('server not ready after 120 s');
    if (await fetch(`${base}/api/health`).then((r) => r.ok, () => false)) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    }).then(() => rmSync(dataDir, { recursive: true, force: true }));
  return { child, base, stop };
}

type Round = { idle: number; peak: number; ms: number; status: number; rows: number; errors: number; answerKb: number };

async function previewRound(root: string, file: Buffer): Promise<Round> {
  const server = await start(root);
  try {
    const pid = server.child.pid!;
    const headers = { origin: server.base };
    const login = await fetch(`${server.base}/api/auth/login`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: 'Yanzhen@2026' }),
    });
    if (!login.ok) throw new Error(`login: ${login.status} ${await login.text()}`);
    const cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
    // Idle: the signed-in server at rest, the median of 1 s of samples once two seconds in a row agree
    // within 3 MB (on a loaded machine the start-up work may still be settling after a fixed wait).
    const idleSecond = async () => {
      const samples: number[] = [];
      for (let i = 0; i < 20; i += 1) {
        samples.push(memory(pid).rss);
        await new Promise((resolve) => setTimeout(resolve, SAMPLE_MS));
      }
      return samples.sort((a, b) => a - b)[10]!;
    };
    await new Promise((resolve) => setTimeout(resolve, 2000));
    let idle = await idleSecond();
    for (let tries = 0; tries < 30; tries += 1) {
      const next = await idleSecond();
      const settled = Math.abs(next - idle) < 3;
      idle = next;
      if (settled) break;
    }
    const hwmBefore = memory(pid).hwm;
    let peak = idle;
    const sampler = setInterval(() => (peak = Math.max(peak, memory(pid).rss)), SAMPLE_MS);
    const form = new FormData();
    form.append('file', new Blob([Uint8Array.from(file)]), '成果汇总.xlsx');
    const started = performance.now();
    const response = await fetch(`${server.base}/api/imports/innovations/preview`, { method: 'POST', headers: { ...headers, cookie }, body: form });
    const text = await response.text();
    const body = JSON.parse(text) as { rows?: unknown[]; errorCount?: number; error?: unknown };
    const ms = performance.now() - started;
    clearInterval(sampler);
    const after = memory(pid);
    // VmHWM catches a peak between two samples, when it rose above what the server had reached before.
    peak = Math.max(peak, after.rss, after.hwm > hwmBefore ? after.hwm : 0);
    if (!response.ok) console.warn(`preview answered ${response.status}: ${JSON.stringify(body).slice(0, 300)}`);
    return { idle, peak, ms, status: response.status, rows: body.rows?.length ?? 0, errors: body.errorCount ?? 0, answerKb: Buffer.byteLength(text) / 1024 };
  } finally {
    await server.stop();
  }
}

const sheet = await honestSheet(rowCount);
const unpacked = unpackedSize(readZipDirectory(sheet.buffer)!);
console.log(`file: ${sheet.rows} rows × ${sheet.columns} columns, ${(sheet.buffer.length / MB).toFixed(1)} MB, ${(unpacked / MB).toFixed(1)} MB unpacked`);

const variants: { name: string; rev: string }[] = [];
if (option('before')) variants.push({ name: 'before', rev: option('before')! });
variants.push({ name: 'after', rev: option('after') ?? '.' });

const lines: string[] = [];
const log = (line: string) => {
  console.log(line);
  lines.push(line);
};
const load = execFileSync('uptime', { encoding: 'utf8' }).trim().replace(/.*load average/, 'load average');
log(`## Import preview memory — ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, 2 shared cores (${load} at the start)`);
log(`File: ${sheet.rows} rows × ${sheet.columns} columns of long Chinese text in the office layout (merged title, two-row header, zones merged down blocks of 10 rows), ` +
  `${(sheet.buffer.length / MB).toFixed(1)} MB .xlsx, ${(unpacked / MB).toFixed(1)} MB unpacked; written by ExcelJS's streaming writer (bench/imports/honest-sheet.ts).`);
log(`RSS of the server process (node --import tsx src/server/main.ts, PGlite), sampled every ${SAMPLE_MS} ms during POST /api/imports/innovations/preview; idle = signed in, at rest (RSS steady within 3 MB over two seconds). One fresh server per round; answer = rows in the preview answer and its size.\n`);
log('| variant | revision | round | idle MB | peak MB | peak − idle MB | preview s | answer |\n|---|---|---|---|---|---|---|---|');
const worst = new Map<string, number>();
const alone: { file: number; line: string }[] = [];
const files = mkdtempSync(join(tmpdir(), 'yanzhen-sheet-'));
const readFiles = [
  { name: `the file above`, path: join(files, 'sheet.xlsx'), buffer: sheet.buffer },
  { name: '2 rows, then 400,000 formatted empty rows', path: join(files, 'template.xlsx'), buffer: await formattedTemplate(400_000) },
];
for (const file of readFiles) writeFileSync(file.path, file.buffer);
for (const variant of variants) {
  const tree = checkout(variant.rev);
  try {
    const script = join(ROOT, 'bench/imports/read-alone.ts');
    for (const [index, file] of readFiles.entries()) {
      const output = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', script, tree.root, file.path], { cwd: tree.root, encoding: 'utf8' });
      const r = JSON.parse(output) as { idle: number; peak: number; ms: number; rows: number };
      alone.push({ file: index, line: `| ${file.name} | ${variant.name} | ${tree.label} | ${r.idle.toFixed(0)} | ${r.peak.toFixed(0)} | **${(r.peak - r.idle).toFixed(0)}** | ${(r.ms / 1000).toFixed(2)} | ${r.rows} |` });
    }
    for (let round = 1; round <= rounds; round += 1) {
      const r = await previewRound(tree.root, sheet.buffer);
      worst.set(variant.name, Math.max(worst.get(variant.name) ?? 0, r.peak - r.idle));
      log(`| ${variant.name} | ${tree.label} | ${round} | ${r.idle.toFixed(0)} | ${r.peak.toFixed(0)} | **${(r.peak - r.idle).toFixed(0)}** | ${(r.ms / 1000).toFixed(1)} | ${r.status}, ${r.rows} rows in ${r.answerKb.toFixed(0)} kB (${r.errors} with errors) |`);
    }
  } finally {
    tree.remove();
  }
}
log(`\nWorst peak − idle: ${[...worst].map(([name, mb]) => `${name} ${mb.toFixed(0)} MB`).join(', ')} (target: under 300 MB).`);
log('\nThe reader alone (readWorkbook in a process of its own, RSS sampled every 10 ms):\n');
log('| file | reader | revision | idle MB | peak MB | peak − idle MB | read s | rows |\n|---|---|---|---|---|---|---|---|');
// By file, before then after (the sort is stable).
for (const { line } of alone.sort((a, b) => a.file - b.file)) log(line);
log(
  '\nWhat the server needs above the reader comes after it: the row checks, storing the batch (until f0e23c5 as one jsonb value, ' +
    'which PGlite grows its WASM memory to take and then keeps; then in chunks of 100 rows; since migration 0011 one table row per spreadsheet row), ' +
    'and the answer: until the import engine it carried every row of the file, since then the summary and the first 50 rows, the others by page (GET /api/imports/:id/rows).',
);
log('\nRun: `npx tsx bench/imports/preview-memory.ts --before <rev> --after <rev>`.');
rmSync(files, { recursive: true, force: true });
writeResultsSection('import-preview-memory', lines.join('\n'));
