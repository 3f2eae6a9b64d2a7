/**
 * Imports run one way (docs/ARCHITECTURE.md): shared ← db ← kernel ← features ← demo ← server,
 * and the web client imports only `shared` from the server side. A file may import its own
 * layer or a lower one; tests and the test harness may import anything.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const LAYERS = ['shared', 'db', 'kernel', 'features', 'demo', 'server'] as const;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' || entry.name === 'dist' ? [] : sourceFiles(path);
    // Tests and their support (a feature's own *-test-app.ts, fixtures/) are not part of the layers.
    const isTestCode = /\.test\.tsx?$|-test-app\.ts$/.test(entry.name) || path.includes('/fixtures/');
    return /\.(ts|tsx)$/.test(entry.name) && !isTestCode ? [path] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:^|\n)\s*(?:import|export)[^'"\n]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1] ?? m[2]!);
}

const layerOf = (path: string) => LAYERS.indexOf(relative(join(ROOT, 'src'), path).split('/')[0] as (typeof LAYERS)[number]);

describe('one-way imports', () => {
  it('no server-side layer imports a layer above it', () => {
    const violations: string[] = [];
    for (const file of sourceFiles(join(ROOT, 'src'))) {
      const from = layerOf(file);
      if (from < 0) continue; // src/testing: the harness may reach everything
      for (const spec of importsOf(file)) {
        if (!spec.startsWith('.')) continue;
        const target = resolve(dirname(file), spec);
        const to = layerOf(target);
        if (to > from) violations.push(`${relative(ROOT, file)} → ${spec}`);
      }
    }
    expect(violations).toEqual([]);
  });

  it('the web client takes only shared code from the server side', () => {
    const violations: string[] = [];
    for (const file of sourceFiles(join(ROOT, 'web', 'src'))) {
      for (const spec of importsOf(file)) {
        if (!spec.startsWith('.')) continue;
        const target = resolve(dirname(file), spec);
        // Shared code is normally reached as @shared/…; a relative path to it is the same import
        // (web/src/api/types.ts uses one so the e2e specs, under NodeNext, can read that file too).
        const allowed = target.startsWith(join(ROOT, 'web')) || target.startsWith(join(ROOT, 'src', 'shared') + '/');
        if (!allowed) violations.push(`${relative(ROOT, file)} → ${spec}`);
      }
    }
    expect(violations).toEqual([]);
  });
});
