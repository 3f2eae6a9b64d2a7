/**
 * 简报 as a search kind, so that the portal's 简报 page and the console's list find words the way the
 * case library does (jieba words, FTZ terms, ranked): 报头 and headline (A) > the text (B) > the
 * figures as written (C) > 编印单位 and period (D). An issued bulletin is indexed from its frozen
 * document, which is what readers read, and is public; a draft or a withdrawn one from its own
 * text, visible only inside its office's subtree. The internal note is never indexed.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Viewer } from '../../kernel/viewer.js';
import { FIGURE_TOKEN, PUBLIC_BULLETIN_STATUSES, type BulletinStatus } from '../../shared/bulletins.enums.js';
import { reindexDocuments } from '../search/search-index.js';
import { registerSearchKind, walkTable, type SearchDocument, type SearchKind } from '../search/search-kinds.js';
import { searchDocuments } from '../search/search-query.js';
import { listVisibleBulletins, listVisibleBulletinsByIds, type BulletinFilter } from './bulletins.repo.js';
import type { FrozenDocument } from './bulletins.schema.js';

export const BULLETIN_ENTITY = 'bulletin';

type IndexableBulletin = {
  id: number;
  zone_id: number;
  zone_path: string;
  title: string;
  issue_no: number;
  issuer: string;
  headline: string | null;
  period_label: string | null;
  status: BulletinStatus;
  frozen: unknown;
};


function frozenText(frozen: FrozenDocument): { text: string; figures: string } {
  const figures = new Map(frozen.figures.map((figure) => [figure.key, figure.text?.zh ?? '']));
  const text = frozen.sections
    .map((section) => [section.heading, ...section.paragraphs.map((runs) => runs.map((run) => ('text' in run ? run.text : (figures.get(run.figure) ?? ''))).join(''))].join('\n'))
    .join('\n');
  return { text, figures: [...figures.values()].filter(Boolean).join(' ') };
}

export function bulletinSearchDocument(row: IndexableBulletin, draftSections: { heading: string; body: string }[]): SearchDocument {
  // A draft's {{key}} tokens read as nothing: the figure's words are not fixed until 印发.
  const issued = row.status !== 'draft' && row.frozen ? frozenText(row.frozen as FrozenDocument) : null;
  const text = issued?.text ?? draftSections.map((section) => `${section.heading}\n${section.body.replace(new RegExp(FIGURE_TOKEN.source, 'g'), '')}`).join('\n');
  return {
    entityType: BULLETIN_ENTITY,
    entityId: row.id,
    zoneId: row.zone_id,
    zonePath: row.zone_path,
    isPublic: (PUBLIC_BULLETIN_STATUSES as readonly BulletinStatus[]).includes(row.status),
    title: [row.headline, `${row.title} 第${row.issue_no}期`].filter(Boolean).join(' '),
    body: { b: text, c: issued?.figures ?? null, d: [row.issuer, row.period_label].filter(Boolean).join(' ') },
    facets: { status: row.status },
  };
}

export const BULLETIN_SEARCH_KIND: SearchKind = registerSearchKind({
  entityType: BULLETIN_ENTITY,
  version: 1,
  facets: { status: 'text' },
  async documents(db, ids, options) {
    let query = db
      .selectFrom('bulletins as b')
      .innerJoin('zones as z', 'z.id', 'b.zone_id')
      .select(['b.id', 'b.zone_id', 'z.path as zone_path', 'b.title', 'b.issue_no', 'b.issuer', 'b.headline', 'b.period_label', 'b.status', 'b.frozen'])
      .where('b.id', 'in', [...ids]);
    if (options?.lock) query = query.forShare('b');
    const rows = (await query.execute()) as IndexableBulletin[];
    const drafts = rows.filter((row) => row.status === 'draft').map((row) => row.id);
    const sections = drafts.length > 0 ? await db.selectFrom('bulletin_sections').select(['bulletin_id', 'heading', 'body']).where('bulletin_id', 'in', drafts).orderBy('bulletin_id').orderBy('position').execute() : [];
    return rows.map((row) => bulletinSearchDocument(row, sections.filter((section) => section.bulletin_id === row.id)));
  },
  ...walkTable('bulletins'),
});

/** Re-indexes one bulletin in the writer's transaction: after it is composed, edited, issued, withdrawn or deleted. */
export async function reindexBulletin(db: Kysely<Database>, id: number): Promise<void> {
  await reindexDocuments(db, BULLETIN_SEARCH_KIND, [id]);
}

/**
 * A page of the bulletins the viewer sees: with a text query, the search engine's matches best
 * first (the same visibility rule as the rows: issued to all, the rest inside the office's subtree);
 * without one, newest issue first.
 */
export async function findVisibleBulletins(db: Kysely<Database>, viewer: Viewer, filter: BulletinFilter & { q?: string }) {
  const q = filter.q?.trim();
  if (!q) return listVisibleBulletins(db, viewer, filter);
  const result = await searchDocuments(db, {
    q,
    entityType: BULLETIN_ENTITY,
    visibility: viewer,
    filters: { zonePath: filter.zonePath, facets: { status: filter.status } },
    limit: filter.limit,
    offset: filter.offset,
    withTexts: false,
  });
  return { rows: await listVisibleBulletinsByIds(db, viewer, result.hits.map((hit) => hit.entityId)), total: result.total };
}
