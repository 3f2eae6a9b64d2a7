/**
 * The lifecycle kernel on its own terms, with a machine of its own: an import batch reduced to
 * the kernel's parts (previewed → committed / discarded, by the account that previewed it, keyed
 * by a uuid, past its 24 hours no longer committable). The imports feature's real machine, whose
 * commit queues a job, is src/features/imports/transition-import-batch.ts.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor, RequestContext } from '../actor.js';
import { AppError } from '../errors.js';
import { writeAudit } from '../../features/audit/audit.service.js';
import type { Machine } from '../../shared/lifecycle.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { canTransition, defineLifecycle, mayTake, ownerParty, runTransition, type TransitionSpec } from './index.js';

type BatchStatus = 'previewed' | 'committed' | 'discarded';
const BATCH_MACHINE = {
  commit: { from: ['previewed'], to: 'committed', by: ['owner'], needs: {} },
  discard: { from: ['previewed'], to: 'discarded', by: ['owner'], needs: { comment: 'optional' } },
} as const satisfies Machine<'commit' | 'discard', BatchStatus, 'comment'>;
type Batch = { id: string; status: string; user_id: number; expired: boolean };

const BATCH_LIFECYCLE = defineLifecycle<'commit' | 'discard', BatchStatus, 'comment', Batch>({
  name: 'import_batch',
  machine: BATCH_MACHINE,
  fields: { comment: 'comment' },
  labels: {
    status: { previewed: { zh: '待导入', en: 'Previewed' }, committed: { zh: '已导入', en: 'Imported' }, discarded: { zh: '已放弃', en: 'Discarded' } },
    transition: { commit: { zh: '确认导入', en: 'Commit the import' }, discard: { zh: '放弃导入', en: 'Discard the import' } },
  },
  parties: ownerParty((batch) => batch.user_id),
});

const BATCH_SPEC: TransitionSpec<'commit' | 'discard', BatchStatus, 'comment', Batch, string, { id: string; status: string; committedAt: string | null }> = {
  lifecycle: BATCH_LIFECYCLE,
  table: 'import_batches',
  // Batches are their owner's alone: anyone else is told there is none.
  load: async (db, context, id) =>
    db
      .selectFrom('import_batches')
      .select(['id', 'status', 'user_id'])
      .select((eb) => eb('expires_at', '<', new Date()).as('expired'))
      .where('id', '=', id)
      .where('user_id', '=', context.actor?.id ?? -1)
      .executeTakeFirst() as Promise<Batch | undefined>,
  blocked: (batch, transition) => (batch.expired ? new AppError('INVALID_TRANSITION', { from: 'expired', action: transition }) : null),
  // The real commit inserts the batch's rows here, in the step's transaction.
  effects: async () => ({ committed_at: new Date() }),
  audit: { type: 'import.transitioned', write: writeAudit },
  present: async (db, _context, id) => {
    const row = await db.selectFrom('import_batches').select(['id', 'status', 'committed_at']).where('id', '=', id).executeTakeFirstOrThrow();
    return { id: row.id, status: row.status, committedAt: row.committed_at ? new Date(row.committed_at).toISOString() : null };
  },
};

let t: TestApp;
let owner: RequestContext;
let other: RequestContext;
const actorOf = async (username: string): Promise<RequestContext> => {
  const user = await t.database.db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirstOrThrow();
  const actor: Actor = { id: user.id, username, displayName: user.display_name, role: user.role as Actor['role'], scopeZoneId: user.scope_zone_id, scopePath: null };
  return { actor, ip: null, userAgent: null };
};
beforeAll(async () => {
  t = await createTestApp();
  owner = await actorOf('yibin');
  other = await actorOf('deyang');
});
afterAll(() => t.close());

async function newBatch(expiresInHours = 24): Promise<string> {
  const id = randomUUID();
  await t.database.db
    .insertInto('import_batches')
    .values({ id, kind: 'innovations', user_id: owner.actor!.id, file_name: 'a.xlsx', file_sha256: 'x', sheets: '[]', ok_count: 0, error_count: 0, expires_at: new Date(Date.now() + expiresInHours * 3_600_000) })
    .execute();
  return id;
}

describe('a machine whose party is the record’s owner', () => {
  it('lets the owner alone take its steps, and only from where the table says', () => {
    const batch = { id: 'b', status: 'previewed', user_id: owner.actor!.id, expired: false };
    expect(canTransition(BATCH_LIFECYCLE, owner.actor, batch, 'commit')).toBe(true);
    expect(mayTake(BATCH_LIFECYCLE, other.actor, batch, 'commit')).toBe(false);
    expect(canTransition(BATCH_LIFECYCLE, owner.actor, { ...batch, status: 'committed' }, 'discard')).toBe(false);
    expect(BATCH_LIFECYCLE.bodies.commit.safeParse({}).success).toBe(true);
    expect(BATCH_LIFECYCLE.bodies.commit.safeParse({ comment: 'x' }).success).toBe(false);
  });

  it('refuses a table that names a party no rule decides', () => {
    expect(() => defineLifecycle({ ...BATCH_LIFECYCLE, parties: {} })).toThrow(/no rule decides party 'owner'/);
  });
});

describe('the runner on a uuid-keyed record with effects and a guard', () => {
  it('commits once for the owner (404 for anyone else, 409 the second time), setting what the effects return', async () => {
    const id = await newBatch();
    await expect(runTransition(t.database.db, other, BATCH_SPEC, id, 'commit', {})).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(runTransition(t.database.db, owner, BATCH_SPEC, id, 'commit', { comment: 'x' })).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    const done = await runTransition(t.database.db, owner, BATCH_SPEC, id, 'commit', undefined);
    expect(done).toMatchObject({ id, status: 'committed' });
    expect(done.committedAt).not.toBeNull();
    await expect(runTransition(t.database.db, owner, BATCH_SPEC, id, 'commit', {})).rejects.toMatchObject({ code: 'INVALID_TRANSITION', params: { from: 'committed' } });
    const audit = await t.database.db.selectFrom('audit_log').select(['action', 'actor_name']).where('entity_id', '=', id).orderBy('id').execute();
    expect(audit).toEqual([{ action: 'commit', actor_name: 'yibin' }]);
  });

  it('answers 409 for a batch past its time, whatever the body, and changes nothing', async () => {
    const id = await newBatch(-1);
    await expect(runTransition(t.database.db, owner, BATCH_SPEC, id, 'commit', { bogus: 1 })).rejects.toMatchObject({ code: 'INVALID_TRANSITION', params: { from: 'expired' } });
    const row = await t.database.db.selectFrom('import_batches').select(['status', 'committed_at']).where('id', '=', id).executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'previewed', committed_at: null });
  });
});
