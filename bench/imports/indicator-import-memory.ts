/**
 * Memory of a large indicator import (issue 9, Bench: "importing 100k rows streams in bounded
 * memory", target peak RSS ≤ 500 MB): a statistics office's table of 100,000 rows — one sheet per
 * month (2025年1月 …), each the 2,500 zones × one indicator's figure, office layout (title row,
 * name-over-unit header) — written by ExcelJS's streaming writer, then imported through the import
 * engine (previewImport: read, map, check, store the batch; commitBatch: recheck and write every
 * value through insertValues with its audit entry and the rollup, one transaction) in a process of
 * its own on a fresh database (PostgreSQL by default, as the server runs; PGlite with --engine pglite), its resident memory sampled every 20 ms from a worker thread.
 *
 *   npx tsx bench/imports/indicator-import-memory.ts [--rows 100000] [--zones 2500]
 *
 * Rewrites its section of bench/RESULTS.md.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { Worker } from 'node:worker_threads';
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { commitBatch } from '../../src/features/imports/commit-batch.js';
import { indicatorImport } from '../../src/features/imports/indicators/indicator-import.js';
import { previewImport } from '../../src/features/imports/preview-import.js';
import { withMigratedEngine, type Engine } from '../database.js';
import { benchContext, option } from '../evaluation/bench-contest.js';
import { writeResultsSection } from '../results-file.js';

const MB = 1024 * 1024;
const engine = option('engine', 'postgres') as Engine;
const rowCount = Number(option('rows', '100000'));
const zoneCount = Number(option('zones', '2500'));
const months = Math.ceil(rowCount / zoneCount);
const zoneName = (i: number) => `基准片区${i}`;
const sheetName = (m: number) => `${2025 + Math.floor(m / 12)}年${(m % 12) + 1}月`;

/** The office's table: a sheet per month, zones down, the indicator's figure (亿元, two decimals). */
async function workbook(): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: true, useStyles: true });
  let written = 0;
  for (let m = 0; m < months && written < rowCount; m++) {
    const ws = book.addWorksheet(sheetName(m));
    ws.addRow([`${sheetName(m)}各片区进出口总额`]).commit();
    ws.addRow(['区域', '基准进出口总额（亿元）']).commit();
    for (let z = 1; z <= zoneCount && written < rowCount; z++, written++) ws.addRow([zoneName(z), Math.round(((z * 7919 + m * 131) % 100000) + 1) / 100]).commit();
    ws.commit();
  }
  await book.commit();
  return Buffer.concat(chunks);
}

type ChildResult = { idle: number; previewPeak: number; commitPeak: number; previewMs: number; commitMs: number; okCount: number; errorCount: number; created: number };

/** In the child: a fresh PGlite with the zones and the indicator, then preview and commit, RSS sampled throughout. */
async function child(file: string): Promise<void> {
  await withMigratedEngine(engine, async ({ handle }) => {
    const db = handle.db;
    await sql`INSERT INTO zones (id, code, parent_id, path, type, name, short_name, source) VALUES (1, 'BENCH', NULL, '/1/', 'country', '基准省', '基准', 'bench')`.execute(db);
    await sql`INSERT INTO zones (id, code, parent_id, path, type, name, short_name, source, sort_order)
      SELECT 1 + g, 'BZ' || g, 1, '/1/' || (1 + g) || '/', 'ftz', '基准片区' || g, '基准片区' || g, 'bench', g FROM generate_series(1, ${zoneCount}) g`.execute(db);
    await sql`SELECT setval(pg_get_serial_sequence('zones', 'id'), ${zoneCount + 1})`.execute(db);
    await db.insertInto('indicator_definitions').values({ code: 'bench_trade', name_zh: '基准进出口总额', name_en: 'Bench trade', unit: 'cny_100m', period_kind: 'month', combine: 'sum', is_sample: true }).execute();
    const user = await db.insertInto('users').values({ username: 'bench', display_name: '基准', role: 'province_admin', scope_zone_id: 1, password_hash: 'x' }).returning('id').executeTakeFirstOrThrow();
    const context = await benchContext(db, user.id);
    const buffer = readFileSync(file);
    const sampler = new Worker(
      `const { parentPort } = require('node:worker_threads');
       let peak = 0;
       setInterval(() => { peak = Math.max(peak, process.memoryUsage.rss()); }, 20);
       parentPort.on('message', () => { parentPort.postMessage(peak); peak = 0; });`,
      { eval: true },
    );
    const peakSinceLast = () => new Promise<number>((resolve) => { sampler.once('message', resolve); sampler.postMessage(null); });
    globalThis.gc?.();
    await new Promise((resolve) => setTimeout(resolve, 500));
    await peakSinceLast();
    const idle = process.memoryUsage.rss();
    let started = performance.now();
    const batchId = await previewImport(db, context, indicatorImport, { buffer, fileName: '基准指标.xlsx' }, 'zh', { source: '基准统计月报' });
    const previewMs = performance.now() - started;
    const previewPeak = Math.max(await peakSinceLast(), process.memoryUsage.rss());
    const batch = await db.selectFrom('import_batches').select(['ok_count', 'error_count']).where('id', '=', batchId).executeTakeFirstOrThrow();
    console.error(`preview: ${(previewMs / 1000).toFixed(1)} s, peak ${(previewPeak / MB).toFixed(0)} MB, idle ${(idle / MB).toFixed(0)} MB; ${batch.ok_count} ok, ${batch.error_count} with errors`);
    // As the commit step does before it queues the job (transition-import-batch.ts).
    await db.updateTable('import_batches').set({ status: 'committing' }).where('id', '=', batchId).execute();
    started = performance.now();
    const committed = await commitBatch(db, context, batchId);
    const commitMs = performance.now() - started;
    const commitPeak = Math.max(await peakSinceLast(), process.memoryUsage.rss());
    await sampler.terminate();
    const result: ChildResult = { idle, previewPeak, commitPeak, previewMs, commitMs, okCount: batch.ok_count, errorCount: batch.error_count, created: committed.created };
    console.log(JSON.stringify(result));
  });
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'yanzhen-indicator-import-'));
  try {
    const buffer = await workbook();
    const file = join(dir, 'indicators.xlsx');
    writeFileSync(file, buffer);
    console.log(`file: ${rowCount.toLocaleString('en')} rows in ${months} sheets, ${(buffer.length / MB).toFixed(1)} MB`);
    const output = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', new URL(import.meta.url).pathname, '--child', file, '--rows', String(rowCount), '--zones', String(zoneCount), '--engine', engine], { encoding: 'utf8', maxBuffer: 16 * MB });
    const r = JSON.parse(output.trim().split('\n').at(-1)!) as ChildResult;
    const peak = Math.max(r.previewPeak, r.commitPeak) / MB;
    const line = `preview ${(r.previewMs / 1000).toFixed(1)} s, peak ${(r.previewPeak / MB).toFixed(0)} MB; commit ${(r.commitMs / 1000).toFixed(1)} s, peak ${(r.commitPeak / MB).toFixed(0)} MB; idle ${(r.idle / MB).toFixed(0)} MB; ${r.okCount} ok, ${r.errorCount} errors, ${r.created} created`;
    console.log(line);
    const load = execFileSync('uptime', { encoding: 'utf8' }).trim().replace(/.*load average/, 'load average');
    writeResultsSection(
      'indicator-import-memory',
      `## Indicator import memory

Run ${new Date().toISOString().slice(0, 10)} with \`${engine === 'postgres' ? 'node scripts/with-postgres.mjs ' : ''}npx tsx bench/imports/indicator-import-memory.ts --engine ${engine}${rowCount === 100000 ? '' : ` --rows ${rowCount}`}\` (Node ${process.version}, ${engine === 'postgres' ? 'PostgreSQL (outside the process)' : 'PGlite (in the process: its WASM heap counts)'}, 2 shared cores, ${load} at the end).
File: ${rowCount.toLocaleString('en')} rows — ${months} monthly sheets (title row, name-over-unit header) of ${zoneCount.toLocaleString('en')} zones × one indicator's figure — ${(buffer.length / MB).toFixed(1)} MB .xlsx, written by ExcelJS's streaming writer.
Imported through the import engine in a process of its own (previewImport: read, map, check, store the batch; then commitBatch: recheck and write every value through insertValues with its audit entry and the rollup trigger, in one transaction); resident memory of the whole process sampled every 20 ms from a worker thread.

| step | time s | peak RSS MB | rows |
|---|---|---|---|
| idle (database ready, ${zoneCount.toLocaleString('en')} zones) | | ${(r.idle / MB).toFixed(0)} | |
| preview | ${(r.previewMs / 1000).toFixed(1)} | ${(r.previewPeak / MB).toFixed(0)} | ${r.okCount.toLocaleString('en')} ok, ${r.errorCount} with errors |
| commit | ${(r.commitMs / 1000).toFixed(1)} | ${(r.commitPeak / MB).toFixed(0)} | ${r.created.toLocaleString('en')} values written |

Peak RSS ${peak.toFixed(0)} MB; target ≤ 500 MB: ${peak <= 500 ? 'met' : '**not met**'}.`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const childIndex = process.argv.indexOf('--child');
if (childIndex >= 0) await child(process.argv[childIndex + 1]!);
else await main();
