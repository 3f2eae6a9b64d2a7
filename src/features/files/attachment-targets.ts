/**
 * The kinds of record that carry attachments. `files/` depends on no feature: each feature that
 * has files declares its kinds here (the entity type stored in `attachments.entity_type`, the
 * upload URL, and how to find a record within the viewer's sight), and the feature list
 * (`src/server/features.ts`) hands them to the attachment routes.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { RequestContext } from '../../kernel/actor.js';
import { notFound } from '../../kernel/errors.js';

/** What the viewer may do with the files of one record. */
export type AttachmentTarget = {
  entityType: string;
  entityId: number;
  /** May add and delete files. */
  canAttach: boolean;
  /** May see internal files. */
  canSeeInternal: boolean;
};

export type AttachmentTargetKind = {
  /** Stored in `attachments.entity_type`; never shown to users. */
  entityType: string;
  /** The upload route, e.g. `/api/innovations/:id/attachments`. */
  uploadPath: `/api/${string}/:id/attachments`;
  /** OpenAPI summary of the upload route, Chinese then English. */
  uploadSummary: string;
  /** The record `id` as the viewer may see it; 404 (AppError NOT_FOUND) when the viewer may not. */
  resolve(db: Kysely<Database>, context: RequestContext, id: number): Promise<AttachmentTarget>;
};

/** Looks a kind up by the entity type an attachment row carries. */
export function targetResolver(kinds: readonly AttachmentTargetKind[]) {
  const byType = new Map(kinds.map((kind) => [kind.entityType, kind]));
  return (db: Kysely<Database>, context: RequestContext, entityType: string, entityId: number): Promise<AttachmentTarget> => {
    const kind = byType.get(entityType);
    if (!kind) throw notFound();
    return kind.resolve(db, context, entityId);
  };
}

export type ResolveTarget = ReturnType<typeof targetResolver>;
