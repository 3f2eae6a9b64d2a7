/**
 * The import graph, enforced in `npm test` (docs/ARCHITECTURE.md, "Imports run one way"): the
 * rules live in `.dependency-cruiser.cjs` (layers one way, `shared` imports only `shared`, the
 * web takes only `src/shared` from the server side, no feature reads another feature's
 * repository, no cycles between modules or folders). `npm run lint:imports` prints the same.
 */
import { execFile } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CLI = resolve(ROOT, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');

type Violation = { rule: { name: string }; from: string; to: string };

describe('the import graph', () => {
  // The CLI rather than the API: it reads tsconfig.json (the web's @shared alias) as `npm run lint:imports` does.
  it('breaks none of the rules in .dependency-cruiser.cjs', async () => {
    const args = [CLI, 'src', 'web/src', '--config', '.dependency-cruiser.cjs', '--output-type', 'json'];
    const { stdout } = await promisify(execFile)(process.execPath, args, { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 }).catch((error) => error as { stdout: string });
    const { summary } = JSON.parse(stdout) as { summary: { violations: Violation[]; totalCruised: number } };
    expect(summary.totalCruised).toBeGreaterThan(200);
    expect(summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`)).toEqual([]);
  }, 60_000);
});
