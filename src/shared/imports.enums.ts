/**
 * Import batches (Excel 导入): their statuses and lifecycle, shared by the API and the web client.
 */
import type { Label } from './enums.js';
import type { DecisionFieldKind, Machine } from './lifecycle.js';

export const IMPORT_BATCH_STATUSES = ['previewed', 'committing', 'committed', 'discarded'] as const;
export type ImportBatchStatus = (typeof IMPORT_BATCH_STATUSES)[number];
export const IMPORT_BATCH_STATUS_LABELS = {
  previewed: { zh: '待导入', en: 'Previewed' },
  committing: { zh: '导入中', en: 'Importing' },
  committed: { zh: '已导入', en: 'Imported' },
  discarded: { zh: '已放弃', en: 'Discarded' },
} satisfies Record<ImportBatchStatus, Label>;
export const IMPORT_BATCH_TRANSITIONS = ['commit', 'discard'] as const;
export type ImportBatchTransition = (typeof IMPORT_BATCH_TRANSITIONS)[number];
/** A batch's steps record nothing but who took them. */
export const IMPORT_BATCH_DECISION_FIELDS = {} as const satisfies Record<string, DecisionFieldKind>;
/**
 * An uploaded file between its preview and its records, its previewer's alone (`owner`). 确认导入
 * queues the commit job (previewed → committing); the job's end moves the batch on itself —
 * committing → committed, or back to previewed when it fails (the commit is one transaction, so
 * nothing was written) — which is why those two are not steps anyone takes. A batch past its 24
 * hours takes no step (the transition spec's `blocked`).
 */
export const IMPORT_BATCH_MACHINE = {
  commit: { from: ['previewed'], to: 'committing', by: ['owner'], needs: {} },
  discard: { from: ['previewed'], to: 'discarded', by: ['owner'], needs: {} },
} as const satisfies Machine<ImportBatchTransition, ImportBatchStatus, never>;
export const IMPORT_BATCH_TRANSITION_LABELS = {
  commit: { zh: '确认导入', en: 'Commit the import' },
  discard: { zh: '放弃导入', en: 'Discard the import' },
} satisfies Record<ImportBatchTransition, Label>;
