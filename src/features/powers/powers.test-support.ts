/** For the powers tests: every powers table and the powers' audit entries, to prove a refusal changed nothing (sign-ins are audited too, so only power.* entries count). */
import type { TestApp } from '../../testing/test-app.js';

const TABLES = ['power_items', 'power_batches', 'power_delegations', 'power_delegation_changes', 'power_delegation_events', 'power_case_months'] as const;

export async function powersSnapshot(t: TestApp): Promise<string> {
  const db = t.database.db;
  const rows = await Promise.all(TABLES.map((table) => db.selectFrom(table).selectAll().orderBy('id').execute()));
  const audit = await db.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('n')).where('type', 'like', 'power.%').executeTakeFirstOrThrow();
  return JSON.stringify({ rows, audit: Number(audit.n) });
}
