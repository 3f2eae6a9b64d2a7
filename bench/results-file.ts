/** bench/RESULTS.md: each benchmark rewrites its own section between `<!-- NAME:start -->` and `<!-- NAME:end -->`. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const RESULTS_PATH = join(new URL('.', import.meta.url).pathname, 'RESULTS.md');
const HEADER = '# Benchmark results\n\nFigures recorded by the benchmarks under bench/. Each section is rewritten by its own benchmark.\n';

export function writeResultsSection(name: string, markdown: string): void {
  const startMark = `<!-- ${name}:start -->`;
  const endMark = `<!-- ${name}:end -->`;
  const section = `${startMark}\n${markdown.trim()}\n${endMark}`;
  const current = existsSync(RESULTS_PATH) ? readFileSync(RESULTS_PATH, 'utf8') : HEADER;
  const start = current.indexOf(startMark);
  const end = current.indexOf(endMark);
  const next = start >= 0 && end > start ? current.slice(0, start) + section + current.slice(end + endMark.length) : `${current.trimEnd()}\n\n${section}\n`;
  writeFileSync(RESULTS_PATH, next);
}
