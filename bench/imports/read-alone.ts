/**
 * The workbook reader alone, in a process of its own: reads <file> with the readWorkbook of
 * the tree at <root> and prints its resident memory at rest and at its peak (sampled every
 * 10 ms from a worker thread, which runs while the reader holds the main thread), as JSON.
 * Usage (by preview-memory.ts): node --expose-gc --import tsx bench/imports/read-alone.ts <root> <file>
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';

const [root, file] = process.argv.slice(2) as [string, string];
const imports = join(root, 'src/features/imports');
const { readWorkbook } = (await import(join(imports, 'read-workbook.ts'))) as typeof import('../../src/features/imports/read-workbook.js');
// The innovation columns live in the innovations adapter since the import engine; older trees have them beside the reader.
const columnsFile = [join(imports, 'innovations/innovation-columns.ts'), join(imports, 'innovation-columns.ts')].find((path) => existsSync(path))!;
const columns = (await import(columnsFile)) as typeof import('../../src/features/imports/innovations/innovation-columns.js');
const buffer = readFileSync(file);

const sampler = new Worker(
  `const { parentPort } = require('node:worker_threads');
   let peak = 0;
   setInterval(() => { peak = Math.max(peak, process.memoryUsage.rss()); }, 10);
   parentPort.on('message', () => { parentPort.postMessage(peak); peak = 0; });`,
  { eval: true },
);
const peakSinceLast = () =>
  new Promise<number>((resolve) => {
    sampler.once('message', resolve);
    sampler.postMessage(null);
  });

globalThis.gc?.();
await new Promise((resolve) => setTimeout(resolve, 300));
await peakSinceLast();
const idle = process.memoryUsage.rss();
const started = performance.now();
const read = await readWorkbook(buffer, { matchHeader: columns.matchInnovationHeader, acceptsColumns: columns.acceptsInnovationColumns });
const ms = performance.now() - started;
const peak = Math.max(await peakSinceLast(), process.memoryUsage.rss());
await sampler.terminate();
const MB = 1024 * 1024;
console.log(JSON.stringify({ idle: idle / MB, peak: peak / MB, ms, rows: read.rows.length }));
