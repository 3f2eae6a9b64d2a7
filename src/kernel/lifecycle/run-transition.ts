/**
 * The one runner every lifecycle uses. Order, the same for every machine:
 *   load within the viewer's scope (404) → one of the transition's parties (403) → the machine
 *   has the edge from the record's status (409) → the body holds what the decision must record
 *   and obeys the field rules, e.g. no date after today (400) →
 *   in one transaction: lock the row, re-check the machine against the locked status (two
 *   reviewers at once: the second sees what the first left), the feature's own checks on the
 *   locked record, update (status, `sets`, the feature's effects), event row, audit entry,
 *   search reindex.
 * Nothing is written before the last step, so every refusal changes nothing.
 */
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { RequestContext } from '../actor.js';
import { AppError, notFound } from '../errors.js';
import type { AuditEvent, AuditEventTypeWith } from '../../shared/audit-events.js';
import { nextStatus, type Edge } from '../../shared/lifecycle.js';
import { parsePartialDate } from '../../shared/partial-date.js';
import { issueKey } from '../../shared/validation.messages.js';
import { toDecision, type Decision } from './decision-fields.js';
import { mayTake, type Lifecycle } from './lifecycle.js';

/** One step as it is written: what the event row and the audit entry record. */
export type Step<T extends string, S extends string, F extends string, Id> = {
  id: Id;
  transition: T;
  from: S;
  to: S;
  decision: Decision<F>;
  actorId: number;
};

/** How one feature's records are found, locked and written around the shared order. */
export type TransitionSpec<T extends string, S extends string, F extends string, R extends { status: string }, Id extends number | string, Dto> = {
  lifecycle: Lifecycle<T, S, F, R>;
  /** The record's table; its key column is `id` and its status column `status`. */
  table: keyof Database & string;
  /** A column set to now() on every step, if the table keeps one. */
  stampColumn?: string;
  /** The record as the viewer may see it; undefined answers 404. */
  load: (db: Kysely<Database>, context: RequestContext, id: Id) => Promise<R | undefined>;
  /** A 409 beyond the status (e.g. an import batch past its 24 hours); checked before and under the lock. */
  blocked?: (record: R, transition: T) => AppError | null;
  /** Rules that need the locked record and the decision (e.g. a date not before the previous step's). */
  checkLocked?: (trx: Transaction<Database>, record: R, decision: Decision<F>, transition: T) => Promise<void>;
  /** Work the step does besides moving the status (e.g. a batch's commit inserts its rows); returns more columns to set. */
  effects?: (trx: Transaction<Database>, record: R, step: Step<T, S, F, Id>, context: RequestContext) => Promise<Record<string, unknown>>;
  /** Writes the step's history row and returns it (it goes into the audit entry). */
  writeEvent?: (trx: Transaction<Database>, step: Step<T, S, F, Id>) => Promise<unknown>;
  /**
   * The audit event type and its writer (features/audit owns the log; the kernel cannot import it).
   * The type is one whose payload is a step of these transitions (a `TransitionPayload`).
   */
  audit: { type: AuditEventTypeWith<{ action: T }>; write: (trx: Transaction<Database>, context: RequestContext, event: AuditEvent) => Promise<void> };
  reindex?: (trx: Transaction<Database>, id: Id) => Promise<void>;
  /** After the step's transaction committed and the answer was read (e.g. wake the job runner for the job the effects queued). */
  afterCommit?: (id: Id) => void;
  /** The record as the answer presents it, read after the commit. */
  present: (db: Kysely<Database>, context: RequestContext, id: Id) => Promise<Dto>;
};

/** The 400 of a body that does not hold what the step must record, fields named as the API's own validation names them. */
function parseBody<T extends string, F extends string>(lifecycle: Pick<Lifecycle<T, string, F, never>, 'bodies' | 'fields'>, transition: T, body: unknown): Decision<F> {
  const result = lifecycle.bodies[transition].safeParse(body ?? {});
  if (!result.success) {
    const fields = result.error.issues.map((issue) => {
      const { path, code, message, ...params } = issue;
      return issueKey({ keyword: code, instancePath: `/${path.join('/')}`, message, params });
    });
    throw new AppError('VALIDATION_FAILED', {}, fields);
  }
  return toDecision(lifecycle.fields, result.data as Record<string, unknown>);
}

/** The columns a step copies from its decision onto the record (the edge's `sets`). */
function setsOf<F extends string>(edge: Edge<string, F>, decision: Decision<F>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(edge.sets ?? {}).map(([column, source]) => {
      const [field, part] = (source as string).split('.') as [F, string | undefined];
      const value = decision[field];
      const date = value && part !== undefined ? parsePartialDate(value) : null;
      return [column, part === 'precision' ? (date?.precision ?? null) : value];
    }),
  );
}

export async function runTransition<T extends string, S extends string, F extends string, R extends { status: string }, Id extends number | string, Dto>(
  db: Kysely<Database>,
  context: RequestContext,
  spec: TransitionSpec<T, S, F, R, Id, Dto>,
  id: Id,
  transition: T,
  body: unknown,
): Promise<Dto> {
  const { lifecycle } = spec;
  const record = await spec.load(db, context, id);
  if (!record) throw notFound();
  if (!mayTake(lifecycle, context.actor, record, transition)) throw new AppError('FORBIDDEN');
  const edgeFrom = (current: R): S => {
    const to = nextStatus(lifecycle.machine, current.status, transition);
    if (to === null) {
      throw new AppError('INVALID_TRANSITION', {
        from: current.status,
        action: transition,
      });
    }
    const blocked = spec.blocked?.(current, transition);
    if (blocked) throw blocked;
    return to;
  };
  edgeFrom(record);
  const decision = parseBody(lifecycle, transition, body);

  await db.transaction().execute(async (trx) => {
    // Every lifecycle table has `id` and `status`; Kysely cannot type a table chosen at run time.
    const table = trx as unknown as Kysely<Record<string, { id: number | string; status: string }>>;
    const before = await table.selectFrom(spec.table).selectAll().where('id', '=', id).forUpdate().executeTakeFirstOrThrow();
    const locked = { ...record, status: before.status };
    const to = edgeFrom(locked);
    await spec.checkLocked?.(trx, locked, decision, transition);
    const step: Step<T, S, F, Id> = { id, transition, from: before.status as S, to, decision, actorId: context.actor!.id };
    const effects = (await spec.effects?.(trx, locked, step, context)) ?? {};
    const changes = { status: to, ...(spec.stampColumn && { [spec.stampColumn]: new Date() }), ...setsOf(lifecycle.machine[transition], decision), ...effects };
    const after = await table.updateTable(spec.table).set(changes as never).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
    const event = await spec.writeEvent?.(trx, step);
    const entry = { type: spec.audit.type, entityId: id, action: transition, before, after: event === undefined ? after : { ...after, event } };
    // The rows are the spec's table's, whole, and the event row is the one writeEvent returned: what the
    // event type's TransitionPayload names. Kysely cannot type a table chosen at run time, so this says it.
    await spec.audit.write(trx, context, entry as unknown as AuditEvent);
    await spec.reindex?.(trx, id);
  });
  // The answer is the step as taken: what the committed step hands on starts after it is read.
  try {
    return await spec.present(db, context, id);
  } finally {
    spec.afterCommit?.(id);
  }
}
