/**
 * Every kind of job this installation runs. A feature declares its kind against kernel/jobs.ts
 * in its own folder and is listed here; the list is also the `kind` enum of POST /api/jobs.
 */
import type { AnyJobKind } from '../../kernel/jobs.js';
import { commitImportJob } from '../imports/commit-job.js';
import { emailNotificationsJob } from '../notifications/email-job.js';
import { reindexSearchJob } from '../search/reindex-job.js';
import { renderBulletinJob } from '../bulletins/render-job.js';

export const JOB_KINDS: readonly AnyJobKind[] = [reindexSearchJob, commitImportJob, emailNotificationsJob, renderBulletinJob];

export function kindRegistry(kinds: readonly AnyJobKind[] = JOB_KINDS): ReadonlyMap<string, AnyJobKind> {
  const registry = new Map<string, AnyJobKind>();
  for (const kind of kinds) {
    if (registry.has(kind.name)) throw new Error(`job kind ${kind.name} is listed twice`);
    registry.set(kind.name, kind);
  }
  return registry;
}
