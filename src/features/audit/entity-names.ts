/**
 * The names of the objects a page of audit entries concerns, so the auditor reads
 * "制度创新成果：跨境电商一站式监管" rather than "innovation #5". One query per entity type.
 * The auditor sees every name: the log is theirs to read in full.
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';

type Ref = { entity_type: string; entity_id: string | null };

const NAME_SOURCES = {
  user: { table: 'users', column: 'display_name' },
  zone: { table: 'zones', column: 'name' },
  platform: { table: 'platforms', column: 'name' },
  innovation: { table: 'innovations', column: 'name' },
  attachment: { table: 'attachments', column: 'file_name' },
} as const;

/** Map of `${entityType}:${entityId}` → name, for the refs that still exist. */
export async function entityNames(db: Kysely<Database>, refs: Ref[]): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  const idsByType = new Map<keyof typeof NAME_SOURCES, number[]>();
  for (const ref of refs) {
    if (!(ref.entity_type in NAME_SOURCES) || !ref.entity_id || !/^\d{1,9}$/.test(ref.entity_id)) continue;
    const type = ref.entity_type as keyof typeof NAME_SOURCES;
    idsByType.set(type, [...(idsByType.get(type) ?? []), Number(ref.entity_id)]);
  }
  await Promise.all(
    [...idsByType].map(async ([type, ids]) => {
      const { table, column } = NAME_SOURCES[type];
      const { rows } = await sql<{ id: number; name: string }>`
        SELECT id, ${sql.ref(column)} AS name FROM ${sql.table(table)} WHERE id = ANY(${[...new Set(ids)]}::int[])`.execute(db);
      for (const row of rows) names.set(`${type}:${row.id}`, row.name);
    }),
  );
  return names;
}
