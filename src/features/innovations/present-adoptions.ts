/** Adoption rows as the API shows them, with evidence files the actor may see. */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { isInScope, type RequestContext } from '../../kernel/actor.js';
import { listAttachments, type AttachmentView } from '../files/attachments.service.js';
import type { AdoptionRow } from './innovations.repo.js';
import type { AdoptionDto } from './innovations.schema.js';

export async function presentAdoptions(db: Kysely<Database>, rows: AdoptionRow[], context: RequestContext | null): Promise<AdoptionDto[]> {
  const files = context ? await listAttachments(db, 'adoption', rows.map((r) => r.id), { includeInternal: false }) : [];
  return presentAdoptionsWith(rows, context, files);
}

/** The same with their files already read (see attachmentsJson). */
export function presentAdoptionsWith(rows: AdoptionRow[], context: RequestContext | null, files: AttachmentView[]): AdoptionDto[] {
  return rows.map((row) => ({
    id: row.id,
    innovationId: row.innovation_id,
    innovationName: row.innovation_name,
    zoneId: row.zone_id,
    zoneName: row.zone_name,
    adoptedOn: row.adopted_on,
    isSample: row.is_sample,
    // The adopting zone's working notes: its own staff and the province only.
    sourceNote: context && isInScope(context.actor, row.zone_path) ? row.source_note : null,
    adaptation: row.adaptation,
    observedEffect: row.observed_effect,
    source: row.source,
    attachments: files.filter((f) => f.entityId === row.id),
  }));
}
