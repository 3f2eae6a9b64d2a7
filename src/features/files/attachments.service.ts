/**
 * Attachments of any record kind declared in attachment-targets.ts (today innovations' 材料 and
 * adoptions' evidence of 复制推广).
 * Order in each operation: find the record within the actor's sight (404) → may the actor
 * attach (403) → read and check the file by its content (413/400) → write the file, then its
 * row and audit entry in one transaction (the file is removed again if that fails).
 * Internal files are seen only inside the owning zone's subtree; to everyone else they do not exist.
 */
import { createHash } from 'node:crypto';
import { sql, type Kysely, type RawBuilder, type SqlBool } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { RequestContext } from '../../kernel/actor.js';
import { AppError, notFound } from '../../kernel/errors.js';
import { writeAudit } from '../audit/audit.service.js';
import type { AttachmentTarget, ResolveTarget } from './attachment-targets.js';
import type { FileStore } from './file-store.js';
import { safeFileName, sniffAllowedType } from './sniff.js';
import { fileError, type Upload } from './upload.js';

export const ATTACHMENT_LIMITS = { maxBytes: 20 * 1024 * 1024 } as const;

/** An attachment as the API shows it (AttachmentDto), with the record it belongs to. */
export type AttachmentView = {
  id: number;
  entityId: number;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  isInternal: boolean;
  createdAt: string;
};

type AttachmentRow = { id: number; entity_id: number; file_name: string; media_type: string; size_bytes: number; is_internal: boolean; created_at: Date | string };

/**
 * The files of the records whose ids `entityIds` yields (an SQL expression or subquery of the
 * caller's statement), oldest first, as one JSON array: so a record page reads its files in the
 * statement that reads the record. `includeInternal` is an SQL condition too. Read with presentAttachment.
 */
export function attachmentsJson(entityType: string, entityIds: RawBuilder<unknown>, includeInternal: RawBuilder<SqlBool>): RawBuilder<AttachmentRow[]> {
  return sql<AttachmentRow[]>`(SELECT coalesce(json_agg(json_build_object('id', t.id, 'entity_id', t.entity_id, 'file_name', t.file_name,
      'media_type', t.media_type, 'size_bytes', t.size_bytes, 'is_internal', t.is_internal, 'created_at', t.created_at) ORDER BY t.created_at, t.id), '[]')
    FROM attachments t WHERE t.entity_type = ${entityType} AND t.entity_id IN (${entityIds}) AND (NOT t.is_internal OR ${includeInternal}))`;
}

export function presentAttachment(row: AttachmentRow): AttachmentView {
  return present(row);
}

function present(row: AttachmentRow): AttachmentView {
  return {
    id: row.id,
    entityId: row.entity_id,
    fileName: row.file_name,
    mediaType: row.media_type,
    sizeBytes: row.size_bytes,
    isInternal: row.is_internal,
    createdAt: new Date(row.created_at).toISOString(),
  };
}

/**
 * The attachments of records `ids` of one type, oldest first. The caller decides whether the
 * actor may see internal files (the record's zone is in the actor's scope).
 */
export async function listAttachments(
  db: Kysely<Database>,
  entityType: string,
  ids: number[],
  options: { includeInternal: boolean },
): Promise<AttachmentView[]> {
  if (ids.length === 0) return [];
  let query = db
    .selectFrom('attachments')
    .select(['id', 'entity_id', 'file_name', 'media_type', 'size_bytes', 'is_internal', 'created_at'])
    .where('entity_type', '=', entityType)
    .where('entity_id', 'in', ids);
  if (!options.includeInternal) query = query.where('is_internal', '=', false);
  const rows = await query.orderBy('created_at').orderBy('id').execute();
  return rows.map(present);
}

/** Checks the file, stores it and records it; returns the new attachment. */
export async function addAttachment(
  db: Kysely<Database>,
  store: FileStore,
  context: RequestContext,
  target: AttachmentTarget,
  upload: Upload,
  options: { isInternal: boolean },
): Promise<AttachmentView> {
  if (!target.canAttach) throw new AppError('FORBIDDEN');
  const type = await sniffAllowedType(upload.buffer);
  if (!type) throw fileError('type_not_allowed');
  const sha256 = createHash('sha256').update(upload.buffer).digest('hex');
  const storageKey = await store.save(upload.buffer, sha256);
  try {
    return await db.transaction().execute(async (trx) => {
      const row = await trx
        .insertInto('attachments')
        .values({
          entity_type: target.entityType,
          entity_id: target.entityId,
          file_name: safeFileName(upload.fileName, type),
          media_type: type.mime,
          size_bytes: upload.buffer.length,
          sha256,
          storage_key: storageKey,
          is_internal: options.isInternal,
          uploaded_by: context.actor?.id ?? null,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await writeAudit(trx, context, { type: 'attachment.uploaded', entityId: row.id, after: row });
      return present(row);
    });
  } catch (error) {
    await store.remove(storageKey).catch(() => undefined);
    throw error;
  }
}

/** The attachment row if the actor may see it: the record is visible and, for internal files, in scope. Else 404. */
async function findVisibleAttachment(db: Kysely<Database>, targetOf: ResolveTarget, context: RequestContext, id: number) {
  const row = await db.selectFrom('attachments').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound();
  const target = await targetOf(db, context, row.entity_type, row.entity_id);
  if (row.is_internal && !target.canSeeInternal) throw notFound();
  return { row, target };
}

export type Download = { fileName: string; mediaType: string; sizeBytes: number; storageKey: string };

export async function getAttachmentForDownload(db: Kysely<Database>, targetOf: ResolveTarget, context: RequestContext, id: number): Promise<Download> {
  const { row } = await findVisibleAttachment(db, targetOf, context, id);
  return { fileName: row.file_name, mediaType: row.media_type, sizeBytes: row.size_bytes, storageKey: row.storage_key };
}

/** Deletes the row with an audit entry, then the file (a file left behind by a crash is harmless: nothing points to it). */
export async function deleteAttachment(db: Kysely<Database>, store: FileStore, targetOf: ResolveTarget, context: RequestContext, id: number): Promise<void> {
  const { row, target } = await findVisibleAttachment(db, targetOf, context, id);
  if (!target.canAttach) throw new AppError('FORBIDDEN');
  await db.transaction().execute(async (trx) => {
    const deleted = await trx.deleteFrom('attachments').where('id', '=', id).returningAll().executeTakeFirst();
    if (!deleted) throw notFound();
    await writeAudit(trx, context, { type: 'attachment.deleted', entityId: id, before: deleted });
  });
  await store.remove(row.storage_key).catch(() => undefined);
}
