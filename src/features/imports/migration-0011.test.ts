/**
 * Migration 0011 moves the rows of batches waiting for their commit from chunks of 100
 * (0009), or from import_batches.rows (before 0009), to one table row per spreadsheet row.
 * Run on a fresh embedded database migrated by hand up to 0010.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openDatabase, type DatabaseHandle } from '../../db/client.js';

const DIR = fileURLToPath(new URL('../../db/migrations/', import.meta.url));
const files = readdirSync(DIR).filter((f) => /^\d{4}_.*\.sql$/.test(f)).sort();
const target = files.find((f) => f.startsWith('0011_'))!;

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openDatabase({ kind: 'pglite' });
});
afterAll(() => handle.close());

const row = (sheet: string, n: number, issues: unknown[] = []) => ({ sheet, rowNumber: n, body: issues.length ? null : { name: `第${n}行` }, candidate: { name: `第${n}行` }, issues });

it('keeps every waiting row, in order, with its sheet and whether it has errors', async () => {
  await handle.withScriptRunner(async (run) => {
    for (const file of files.filter((f) => f < target)) await run(readFileSync(join(DIR, file), 'utf8'));
    await run(`INSERT INTO users (username, display_name, role, password_hash) VALUES ('u', 'U', 'auditor', 'x')`);
    const batch = (id: string, rows: unknown[]) =>
      run(`INSERT INTO import_batches (id, kind, user_id, file_name, file_sha256, sheets, rows, ok_count, error_count, expires_at)
           SELECT '${id}', 'innovations', id, 'f.xlsx', '', '[]', '${JSON.stringify(rows)}', 0, 0, now() + interval '1 day' FROM users`);
    // Chunked (0009): 230 rows in chunks 0..2, the second sheet from row 201 on, one row with an issue.
    const chunked = Array.from({ length: 230 }, (_, i) => row(i < 200 ? '甲' : '乙', i + 2, i === 150 ? [{ column: '领域', kind: 'import', key: 'unknown_label' }] : []));
    await batch('chunked', []);
    for (let c = 0; c * 100 < chunked.length; c += 1) {
      await run(`INSERT INTO import_batch_rows (batch_id, chunk, rows) VALUES ('chunked', ${c}, '${JSON.stringify(chunked.slice(c * 100, c * 100 + 100))}')`);
    }
    // Older: rows in import_batches.rows.
    await batch('older', [row('丙', 4), row('丙', 5, [{ column: '名称' }])]);
    await run(readFileSync(join(DIR, target), 'utf8'));
  });
  const stored = await handle.withScriptRunner((run) => run(`SELECT batch_id, seq, sheet, has_errors, "row" ->> 'rowNumber' AS n FROM import_batch_rows ORDER BY batch_id, seq`));
  const chunked = stored.filter((r) => r.batch_id === 'chunked');
  expect(chunked.map((r) => r.seq)).toEqual(Array.from({ length: 230 }, (_, i) => i));
  expect(chunked.map((r) => Number(r.n))).toEqual(Array.from({ length: 230 }, (_, i) => i + 2));
  expect(chunked.filter((r) => r.has_errors).map((r) => r.seq)).toEqual([150]);
  expect(chunked.filter((r) => r.sheet === '乙')).toHaveLength(30);
  expect(stored.filter((r) => r.batch_id === 'older').map((r) => [r.seq, r.sheet, r.has_errors, r.n])).toEqual([
    [0, '丙', false, '4'],
    [1, '丙', true, '5'],
  ]);
  const columns = await handle.withScriptRunner((run) => run(`SELECT column_name FROM information_schema.columns WHERE table_name = 'import_batches' AND column_name = 'rows'`));
  expect(columns).toEqual([]);
});
