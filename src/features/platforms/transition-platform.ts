/**
 * Moves a platform along PLATFORM_MACHINE through the shared runner (kernel/lifecycle): each
 * step dated (a day, month or year), with its document and note, in platform_events; a step
 * may not be dated before the previous one.
 */
import { AppError } from '../../kernel/errors.js';
import type { TransitionSpec } from '../../kernel/lifecycle/index.js';
import type { PLATFORM_DECISION_FIELDS, PlatformStatus, PlatformTransition } from '../../shared/platforms.enums.js';
import './platforms.messages.js';
import { formatPartialDate, parsePartialDate } from '../../shared/partial-date.js';
import { writeAudit } from '../audit/audit.service.js';
import { reindexPlatform } from './platform-search.js';
import { findVisiblePlatform, type PlatformRow } from './platforms.repo.js';
import { PLATFORM_LIFECYCLE } from './platforms.policy.js';
import { reload } from './platforms.service.js';
import type { PlatformDto } from './platforms.schema.js';
import { viewerOf } from '../../kernel/viewer.js';

export const platformTransitionSpec: TransitionSpec<PlatformTransition, PlatformStatus, keyof typeof PLATFORM_DECISION_FIELDS, PlatformRow, number, PlatformDto> = {
  lifecycle: PLATFORM_LIFECYCLE,
  table: 'platforms',
  stampColumn: 'updated_at',
  load: (db, context, id) => findVisiblePlatform(db, viewerOf(context), id),
  // A ledger reads forward: a stage cannot have happened before the one it follows.
  checkLocked: async (trx, record, decision) => {
    const occurred = parsePartialDate(decision.occurredOn!)!;
    const previous = await trx
      .selectFrom('platform_events')
      .select(['occurred_on', 'occurred_precision'])
      .where('platform_id', '=', record.id)
      .where('occurred_on', 'is not', null)
      .orderBy('occurred_on', 'desc')
      .limit(1)
      .executeTakeFirst();
    if (previous?.occurred_on && occurred.on < previous.occurred_on) {
      // The partial date as text (its English form); the error handler words it for the reader.
      const params = { previous: formatPartialDate(previous.occurred_on, previous.occurred_precision, 'en') };
      throw new AppError('DATE_BEFORE_PREVIOUS', params, [{ path: 'occurredOn', key: 'DATE_BEFORE_PREVIOUS', params }]);
    }
  },
  writeEvent: (trx, step) => {
    const occurred = parsePartialDate(step.decision.occurredOn!)!;
    return trx
      .insertInto('platform_events')
      .values({
        platform_id: step.id,
        action: step.transition,
        from_status: step.from,
        to_status: step.to,
        occurred_on: occurred.on,
        occurred_precision: occurred.precision,
        document: step.decision.document,
        note: step.decision.note,
        actor_id: step.actorId,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
  },
  audit: { type: 'platform.transitioned', write: writeAudit },
  // The stage decides who may see the platform, so its search document follows every step.
  reindex: reindexPlatform,
  present: (db, context, id) => reload(db, context, id),
};
