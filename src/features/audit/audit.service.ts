/**
 * Writing, listing and verifying the audit log. Entries are written inside the caller's
 * transaction so a change and its audit entry commit or fail together.
 */
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { RequestContext } from '../../kernel/actor.js';
import '../../shared/audit-catalog.js';
import { auditEventOf, type AuditEvent } from '../../shared/audit-events.js';
import { GENESIS_HASH, entryHash, type ChainedFields } from './audit-chain.js';

/** Drops Dates and undefined so what is hashed is exactly what jsonb gives back. */
function toJsonValue(value: unknown): unknown {
  return value === undefined ? null : JSON.parse(JSON.stringify(value));
}

type PendingEntry = { fields: ChainedFields; userAgent: string | null };

/** Rows per INSERT when entries are appended together: 14 parameters each, far below the 65 535 limit. */
const ENTRIES_PER_INSERT = 500;

/** Transactions whose entries are being collected (withBulkAudit): writeAudit queues there instead of writing. */
const collecting = new WeakMap<Transaction<Database>, PendingEntry[]>();

function pendingEntry(context: RequestContext, event: AuditEvent): PendingEntry {
  const definition = auditEventOf(event.type);
  return {
    userAgent: context.userAgent?.slice(0, 300) ?? null,
    fields: {
      at: new Date().toISOString(),
      actorId: context.actor?.id ?? null,
      actorName: context.actor?.username ?? null,
      actorRole: context.actor?.role ?? null,
      ip: context.ip,
      type: event.type,
      entityType: definition.entityType,
      entityId: event.entityId === null ? null : String(event.entityId),
      action: event.action ?? definition.action,
      before: toJsonValue(event.before),
      after: toJsonValue(event.after),
    },
  };
}

/**
 * Chains `entries` onto the log in order. The table lock serialises writers so the chain never
 * forks; it is held from here to the end of the caller's transaction, so this runs last.
 */
async function appendEntries(trx: Transaction<Database>, entries: PendingEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await sql`LOCK TABLE audit_log IN SHARE ROW EXCLUSIVE MODE`.execute(trx);
  const last = await trx.selectFrom('audit_log').select('hash').orderBy('id', 'desc').limit(1).executeTakeFirst();
  let prevHash = last?.hash ?? GENESIS_HASH;
  const rows = entries.map(({ fields, userAgent }) => {
    const hash = entryHash(prevHash, fields);
    const row = {
      at: fields.at,
      actor_id: fields.actorId,
      actor_name: fields.actorName,
      actor_role: fields.actorRole,
      ip: fields.ip,
      user_agent: userAgent,
      type: fields.type,
      entity_type: fields.entityType,
      entity_id: fields.entityId,
      action: fields.action,
      before: fields.before === null ? null : JSON.stringify(fields.before),
      after: fields.after === null ? null : JSON.stringify(fields.after),
      prev_hash: prevHash,
      hash,
    };
    prevHash = hash;
    return row;
  });
  // Ids follow insertion order within a statement and across statements of one transaction under the lock.
  for (let start = 0; start < rows.length; start += ENTRIES_PER_INSERT) {
    await trx.insertInto('audit_log').values(rows.slice(start, start + ENTRIES_PER_INSERT)).execute();
  }
}

/**
 * Appends one entry to the chain. Must run in the mutation's transaction (`trx`). Inside
 * withBulkAudit the entry is queued and written with the others at the end.
 */
export async function writeAudit(trx: Transaction<Database>, context: RequestContext, event: AuditEvent): Promise<void> {
  const entry = pendingEntry(context, event);
  const queue = collecting.get(trx);
  if (queue) queue.push(entry);
  else await appendEntries(trx, [entry]);
}

/**
 * Runs `fn` (a bulk change: an import of thousands of rows) with every audit entry it writes
 * collected and chained in one step at its end. The chain's table lock is then taken only for
 * that step instead of from the first row on, so other users' writes are not held up for the
 * whole of the work. `fn` must finish its writes before it returns; entries come in the order
 * they were written. Nothing is written when `fn` throws.
 */
export async function withBulkAudit<T>(trx: Transaction<Database>, fn: () => Promise<T>): Promise<T> {
  if (collecting.has(trx)) return fn();
  const queue: PendingEntry[] = [];
  collecting.set(trx, queue);
  try {
    const result = await fn();
    collecting.delete(trx);
    await appendEntries(trx, queue);
    return result;
  } finally {
    collecting.delete(trx);
  }
}

/** Opens a transaction, runs `fn`, and lets it write audit entries in the same transaction. */
export function inTransaction<T>(db: Kysely<Database>, fn: (trx: Transaction<Database>) => Promise<T>): Promise<T> {
  return db.transaction().execute(fn);
}

export type AuditFilter = {
  type?: string;
  entityType?: string;
  entityId?: string;
  action?: string;
  actor?: string;
  from?: string;
  to?: string;
  page: number;
  pageSize: number;
};

export async function listAudit(db: Kysely<Database>, filter: AuditFilter) {
  let query = db.selectFrom('audit_log');
  if (filter.type) query = query.where('type', '=', filter.type);
  if (filter.entityType) query = query.where('entity_type', '=', filter.entityType);
  if (filter.entityId) query = query.where('entity_id', '=', filter.entityId);
  if (filter.action) query = query.where('action', '=', filter.action);
  if (filter.actor) query = query.where('actor_name', '=', filter.actor);
  if (filter.from) query = query.where('at', '>=', new Date(`${filter.from}T00:00:00+08:00`));
  // `to` is a calendar day in China time: include the whole of it.
  if (filter.to) query = query.where('at', '<', new Date(new Date(`${filter.to}T00:00:00+08:00`).getTime() + 86_400_000));
  const [rows, count] = await Promise.all([
    query
      .selectAll()
      .orderBy('id', 'desc')
      .limit(filter.pageSize)
      .offset((filter.page - 1) * filter.pageSize)
      .execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

export type ChainVerdict = { ok: boolean; checked: number; brokenAt: number | null };

/** Re-computes every hash in id order, in batches; reports the first entry that does not match. */
export async function verifyAuditChain(db: Kysely<Database>, batchSize = 2000): Promise<ChainVerdict> {
  let prevHash = GENESIS_HASH;
  let lastId = 0;
  let checked = 0;
  for (;;) {
    const rows = await db.selectFrom('audit_log').selectAll().where('id', '>', lastId).orderBy('id').limit(batchSize).execute();
    if (rows.length === 0) return { ok: true, checked, brokenAt: null };
    for (const row of rows) {
      const fields: ChainedFields = {
        at: new Date(row.at).toISOString(),
        actorId: row.actor_id,
        actorName: row.actor_name,
        actorRole: row.actor_role,
        ip: row.ip,
        type: row.type,
        entityType: row.entity_type,
        entityId: row.entity_id,
        action: row.action,
        before: row.before ?? null,
        after: row.after ?? null,
      };
      if (row.prev_hash !== prevHash || entryHash(prevHash, fields) !== row.hash) {
        return { ok: false, checked, brokenAt: row.id };
      }
      prevHash = row.hash;
      lastId = row.id;
      checked += 1;
    }
  }
}
