/**
 * External indices with their own ranks, as published (migration 0025): the list of indices with
 * their editions and levels, and one edition × level ranked, each place with the change of its
 * rank on the previous edition that ranks it at the same level — computed here from the published
 * ranks (由第10位升至第8位), never typed in. Public data: nothing internal is selected.
 */
import { sql, type Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../../db/schema.js';
import { notFound } from '../../kernel/errors.js';
import { QUALIFIERS } from '../../shared/indicators.enums.js';
import { formatRankChange } from '../../shared/indicators/format.js';
import { EXTERNAL_INDEX_LEVEL_LABELS, levelLabel } from '../../shared/external-indices.js';
import { plainText } from '../../shared/schemas.js';
import { indicatorCodeField } from './indicators.schema.js';

const LabelDto = z.object({ zh: z.string(), en: z.string() });
const IndexDto = z.object({
  code: z.string(),
  name: LabelDto,
  publisher: LabelDto,
  editions: z.array(z.string()),
  levels: z.array(z.object({ level: z.string(), label: LabelDto, editions: z.array(z.string()) })),
});
const EntryDto = z.object({
  rank: z.number().nullable(),
  name: z.string(),
  score: z.string().nullable(),
  scoreQualifier: z.enum(QUALIFIERS).nullable(),
  evaluated: z.number().nullable(),
  averageScore: z.string().nullable(),
  previous: z.object({ edition: z.string(), rank: z.number() }).nullable(),
  change: LabelDto.nullable(),
  source: z.object({ publication: z.string(), date: z.string().nullable(), url: z.string().nullable() }),
});
export const ExternalIndicesSchema = { response: { 200: z.object({ items: z.array(IndexDto) }) } };
export const ExternalIndexSchema = {
  params: z.strictObject({ code: indicatorCodeField }),
  querystring: z.strictObject({ edition: plainText(20).optional(), level: plainText(40).optional() }),
  response: { 200: z.object({ index: IndexDto, edition: z.string(), level: z.string(), levelLabel: LabelDto, entries: z.array(EntryDto) }) },
};
type IndexDto = z.infer<typeof IndexDto>;

/** Levels in the order the publisher presents them (the overall index first); unknown ones last. */
const KNOWN_LEVELS = Object.keys(EXTERNAL_INDEX_LEVEL_LABELS);
const levelOrder = (level: string) => (KNOWN_LEVELS.includes(level) ? KNOWN_LEVELS.indexOf(level) : KNOWN_LEVELS.length);

export async function listExternalIndices(db: Kysely<Database>): Promise<IndexDto[]> {
  const indices = await db.selectFrom('external_indices').selectAll().orderBy('id').execute();
  const pairs = await db.selectFrom('external_index_entries').select(['index_id', 'edition', 'level']).distinct().orderBy('edition', 'desc').orderBy('level').execute();
  return indices.map((index) => {
    const own = pairs.filter((pair) => pair.index_id === index.id);
    const levels = [...new Set(own.map((pair) => pair.level))].sort((a, b) => levelOrder(a) - levelOrder(b));
    return {
      code: index.code,
      name: { zh: index.name_zh, en: index.name_en },
      publisher: { zh: index.publisher_zh, en: index.publisher_en },
      editions: [...new Set(own.map((pair) => pair.edition))],
      levels: levels.map((level) => ({ level, label: levelLabel(level), editions: own.filter((pair) => pair.level === level).map((pair) => pair.edition) })),
    };
  });
}

/** One edition × level (by default the newest edition and its first level), ranked, with changes. */
export async function externalIndexRanking(db: Kysely<Database>, code: string, query: { edition?: string; level?: string }) {
  const index = (await listExternalIndices(db)).find((item) => item.code === code);
  if (!index) throw notFound();
  const edition = query.edition ?? index.editions[0];
  const levelsThen = index.levels.filter((level) => edition !== undefined && level.editions.includes(edition));
  const level = query.level ?? levelsThen[0]?.level;
  if (!edition || !level || !levelsThen.some((item) => item.level === level)) throw notFound();
  const rows = await db
    .selectFrom('external_index_entries as e')
    .innerJoin('external_indices as i', 'i.id', 'e.index_id')
    .select(['e.edition', 'e.rank', 'e.name', sql<string | null>`e.score::text`.as('score'), 'e.score_qualifier', 'e.evaluated', sql<string | null>`e.average_score::text`.as('average_score'), 'e.source_publication', 'e.source_date', 'e.source_url'])
    .where('i.code', '=', code)
    .where('e.level', '=', level)
    .where('e.edition', '<=', edition)
    .execute();
  const previousEdition = [...new Set(rows.map((row) => row.edition))].filter((e) => e < edition).sort().at(-1);
  const before = new Map(rows.filter((row) => row.edition === previousEdition && row.rank !== null).map((row) => [row.name, row.rank!]));
  const entries = rows
    .filter((row) => row.edition === edition)
    .sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.name.localeCompare(b.name, 'zh'))
    .map((row) => {
      const earlier = before.get(row.name);
      const change = earlier !== undefined && row.rank !== null ? { from: earlier, to: row.rank } : null;
      return {
        rank: row.rank,
        name: row.name,
        score: row.score,
        scoreQualifier: row.score_qualifier,
        evaluated: row.evaluated,
        averageScore: row.average_score,
        previous: change ? { edition: previousEdition!, rank: change.from } : null,
        change: change ? { zh: formatRankChange(change, 'zh'), en: formatRankChange(change, 'en') } : null,
        source: { publication: row.source_publication, date: row.source_date, url: row.source_url },
      };
    });
  return { index, edition, level, levelLabel: levelLabel(level), entries };
}
