/** The records of this feature that carry files: an innovation's 材料 and an adoption's evidence. */
import { canWriteZone, isInScope } from '../../kernel/actor.js';
import { notFound } from '../../kernel/errors.js';
import type { AttachmentTargetKind } from '../files/attachment-targets.js';
import { innovationAbilities } from './innovations.policy.js';
import { getVisibleInnovation } from './innovations.service.js';
import { viewerOf } from '../../kernel/viewer.js';

/** An innovation's files: attach while the record is editable by the actor (abilities.attach). */
const innovationFiles: AttachmentTargetKind = {
  entityType: 'innovation',
  uploadPath: '/api/innovations/:id/attachments',
  uploadSummary: '上传成果附件 Upload an attachment',
  async resolve(db, context, id) {
    const row = await getVisibleInnovation(db, viewerOf(context), id);
    return {
      entityType: 'innovation',
      entityId: row.id,
      canAttach: innovationAbilities(context.actor, row).attach,
      canSeeInternal: isInScope(context.actor, row.zone_path),
    };
  },
};

/** An adoption's evidence files: writers of the adopting zone attach them. */
const adoptionFiles: AttachmentTargetKind = {
  entityType: 'adoption',
  uploadPath: '/api/adoptions/:id/attachments',
  uploadSummary: '上传复制推广佐证材料 Upload adoption evidence',
  async resolve(db, context, id) {
    const adoption = await db
      .selectFrom('innovation_adoptions as a')
      .innerJoin('zones as z', 'z.id', 'a.zone_id')
      .select(['a.id', 'a.innovation_id', 'z.path as zone_path'])
      .where('a.id', '=', id)
      .executeTakeFirst();
    if (!adoption) throw notFound();
    // An adoption is as visible as the innovation it adopts.
    await getVisibleInnovation(db, viewerOf(context), adoption.innovation_id);
    return {
      entityType: 'adoption',
      entityId: adoption.id,
      canAttach: canWriteZone(context.actor, adoption.zone_path),
      canSeeInternal: isInScope(context.actor, adoption.zone_path),
    };
  },
};

export const INNOVATION_ATTACHMENT_KINDS: readonly AttachmentTargetKind[] = [innovationFiles, adoptionFiles];
