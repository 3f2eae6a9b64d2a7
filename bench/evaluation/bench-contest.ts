/** What the evaluation benches share: their command-line options, timing, and the contest they generate into an empty database. */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../src/db/schema.js';
import { actorOf } from '../../src/kernel/actor.js';

const args = process.argv.slice(2);
export const option = (name: string, fallback: string): string => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? args[index + 1]! : fallback;
};

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
export const time = async <T>(fn: () => Promise<T> | T): Promise<[T, number]> => {
  const started = performance.now();
  const result = await fn();
  return [result, performance.now() - started];
};

/** A province (zone 1), its office's account, an open contest it organises, and the contest's closed scored stage (top 24 advance) with criteria of these weights. */
export async function benchContest(db: Kysely<Database>, weights: readonly number[]): Promise<{ userId: number; campaignId: number; stageId: number; criteria: { id: number }[] }> {
  await sql`INSERT INTO zones (id, code, parent_id, path, type, name, short_name, source) VALUES (1, 'BENCH', NULL, '/1/', 'country', '基准省', '基准', 'bench')`.execute(db);
  const user = await db.insertInto('users').values({ username: 'bench', display_name: '基准', role: 'province_admin', scope_zone_id: 1, password_hash: 'x' }).returning('id').executeTakeFirstOrThrow();
  const series = await db.insertInto('campaign_series').values({ name: '基准大赛', organiser_zone_id: 1 }).returning('id').executeTakeFirstOrThrow();
  const campaign = await db
    .insertInto('campaigns')
    .values({ series_id: series.id, organiser_zone_id: 1, edition: 1, year: 2021, kind: 'contest', title: '基准大赛', status: 'open' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const stage = await db
    .insertInto('campaign_stages')
    .values({ campaign_id: campaign.id, ordinal: 1, kind: 'scored', name: '决赛', status: 'closed', advancement: JSON.stringify({ kind: 'top_n', n: 24, per: 'overall' }) })
    .returning('id')
    .executeTakeFirstOrThrow();
  const criteria = await db
    .insertInto('stage_criteria')
    .values(weights.map((weight, i) => ({ stage_id: stage.id, ordinal: i + 1, name_zh: `标准${i + 1}`, weight: String(weight) })))
    .returning('id')
    .execute();
  return { userId: user.id, campaignId: campaign.id, stageId: stage.id, criteria };
}

/** `judges` judge accounts, an expert for each (of `organisation`, if given), all of them the stage's panel. */
export async function benchPanel(db: Kysely<Database>, stageId: number, judges: number, organisation: string | null = null): Promise<void> {
  await sql`INSERT INTO users (username, display_name, role, password_hash) SELECT 'judge' || j, '评委' || j, 'judge', 'x' FROM generate_series(1, ${judges}) j`.execute(db);
  await sql`INSERT INTO experts (name, field, organisation, user_id) SELECT u.display_name, '综合', ${organisation}, u.id FROM users u WHERE u.role = 'judge'`.execute(db);
  await sql`INSERT INTO stage_judges (stage_id, expert_id, user_id, position) SELECT ${stageId}, x.id, x.user_id, row_number() OVER (ORDER BY x.id) FROM experts x`.execute(db);
}

/** The province office's request context. */
export async function benchContext(db: Kysely<Database>, userId: number) {
  const row = await db.selectFrom('users').select(['id', 'username', 'display_name', 'role', 'scope_zone_id']).where('id', '=', userId).executeTakeFirstOrThrow();
  return { actor: actorOf({ ...row, scope_path: '/1/' }), ip: null, userAgent: null };
}
