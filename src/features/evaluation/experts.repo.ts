/**
 * The expert pool (专家库). The pool is the province's, shared by every organiser: the routes let
 * only the province office and zone staff read it (readsExpertPool), and every one of them reads
 * all of it — a contest draws its judges from outside its own zone, that being the point of the
 * avoidance rules — so the reads take no zone predicate.
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';

export type ExpertRow = {
  id: number;
  name: string;
  field: string;
  zone_id: number | null;
  zone_name: string | null;
  zone_path: string | null;
  organisation: string | null;
  contact: string | null;
  is_active: boolean;
  user_id: number | null;
  username: string | null;
  user_display_name: string | null;
  updated_at: Date;
};

function expertsQuery(db: Kysely<Database>) {
  return db
    .selectFrom('experts as e')
    .leftJoin('zones as z', 'z.id', 'e.zone_id')
    .leftJoin('users as u', 'u.id', 'e.user_id')
    .select(['e.id', 'e.name', 'e.field', 'e.zone_id', 'z.name as zone_name', 'z.path as zone_path', 'e.organisation', 'e.contact', 'e.is_active', 'e.user_id', 'u.username', 'u.display_name as user_display_name', 'e.updated_at']);
}

/** An expert by id, for a reader of the pool: unsafe — the caller has checked readsExpertPool. */
export function unsafeFindExpert(db: Kysely<Database>, id: number): Promise<ExpertRow | undefined> {
  return expertsQuery(db).where('e.id', '=', id).executeTakeFirst();
}

export type ExpertFilter = { q?: string; zonePath?: string; active?: boolean; limit: number; offset: number };

/** A page of the pool, by name, with the total in the same statement: unsafe — the caller has checked readsExpertPool. */
export async function unsafeListExperts(db: Kysely<Database>, filter: ExpertFilter): Promise<{ rows: ExpertRow[]; total: number }> {
  let query = expertsQuery(db);
  if (filter.q) {
    const needle = filter.q;
    query = query.where((eb) => eb.or([sql<boolean>`strpos(e.name, ${needle}) > 0`, sql<boolean>`strpos(e.field, ${needle}) > 0`, sql<boolean>`strpos(coalesce(e.organisation, ''), ${needle}) > 0`]));
  }
  if (filter.zonePath) query = query.where('z.path', 'like', `${filter.zonePath}%`);
  if (filter.active !== undefined) query = query.where('e.is_active', '=', filter.active);
  const found = await query.select(sql<number>`count(*) OVER ()::int`.as('total')).orderBy('e.name').orderBy('e.id').limit(filter.limit).offset(filter.offset).execute();
  const total =
    found.length > 0 || filter.offset === 0
      ? (found[0]?.total ?? 0)
      : Number((await query.clearSelect().select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  return { rows: found.map(({ total: _total, ...row }) => row), total };
}

export type JudgeAccountRow = { id: number; username: string; display_name: string };

/** The most judge accounts one answer lists; the search narrows the rest. */
export const JUDGE_ACCOUNTS_SHOWN = 50;

/**
 * Active judge accounts no expert links yet, by username, with how many match: unsafe — the
 * caller has checked readsExpertPool. Only who the account is leaves this query.
 */
export async function unsafeListUnlinkedJudges(db: Kysely<Database>, q: string | undefined): Promise<{ rows: JudgeAccountRow[]; total: number }> {
  let query = db
    .selectFrom('users as u')
    .where('u.role', '=', 'judge')
    .where('u.is_active', '=', true)
    .where((eb) => eb.not(eb.exists(eb.selectFrom('experts as e').select('e.id').whereRef('e.user_id', '=', 'u.id'))));
  if (q) query = query.where((eb) => eb.or([sql<boolean>`strpos(u.username, ${q}) > 0`, sql<boolean>`strpos(u.display_name, ${q}) > 0`]));
  const found = await query
    .select(['u.id', 'u.username', 'u.display_name', sql<number>`count(*) OVER ()::int`.as('total')])
    .orderBy('u.username')
    .limit(JUDGE_ACCOUNTS_SHOWN)
    .execute();
  return { rows: found.map(({ total: _total, ...row }) => row), total: found[0]?.total ?? 0 };
}
