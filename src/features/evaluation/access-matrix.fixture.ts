/**
 * The shape both evaluation access matrices share: every demo role × every action, the answer
 * each expects, and for every refusal the database unchanged and a message in Chinese first.
 */
import type { Kysely } from 'kysely';
import type { LightMyRequestResponse } from 'fastify';
import { describe, expect, it } from 'vitest';
import type { Database } from '../../db/schema.js';
import type { DemoUser, TestApp } from '../../testing/test-app.js';

type Actor = DemoUser | null;
export const MATRIX_ACTORS: Actor[] = [null, 'deyang', 'applicant1', 'auditor', 'secadmin', 'judge1', 'yibin', 'admin'];

/** The listed tables' rows and the count of non-sign-in audit entries, as one comparable string. */
export async function tablesSnapshot(db: Kysely<Database>, tables: readonly (keyof Database & string)[]): Promise<string> {
  const rows = await Promise.all(tables.map((table) => db.selectFrom(table).selectAll().execute()));
  const audit = await db.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('n')).where('type', 'not like', 'auth.%').executeTakeFirstOrThrow();
  return JSON.stringify({ rows: rows.map((list) => list.map((row) => JSON.stringify(row)).sort()), audit: Number(audit.n) });
}

export function describeAccessMatrix<A extends string>(spec: {
  app: () => TestApp;
  actions: readonly A[];
  expected: Record<string, Record<A, number>>;
  request: (action: A) => Parameters<TestApp['call']>[1];
  snapshot: () => Promise<string>;
  /** A further check of an answer (e.g. what it must not carry). */
  check?: (action: A, actor: Actor, response: LightMyRequestResponse) => void;
}) {
  describe.each(MATRIX_ACTORS)('as %s', (actor) => {
    const expected = spec.expected[actor ?? 'public']!;
    for (const action of spec.actions) {
      it(`${action} answers ${expected[action]}`, async () => {
        const t = spec.app();
        if (actor) await t.cookieFor(actor);
        const before = await spec.snapshot();
        const response = await t.call(actor, spec.request(action));
        expect(response.statusCode, response.body).toBe(expected[action]);
        if (expected[action] >= 400) {
          expect(await spec.snapshot()).toBe(before);
          expect(response.json().error.message).toMatch(/[\u4e00-\u9fa5]/);
        }
        spec.check?.(action, actor, response);
      });
    }
  });
}
