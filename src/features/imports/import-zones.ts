/**
 * Finding a zone from what an office wrote: the full name ("中国(四川)自由贸易试验区宜宾协同改革
 *先行区", with either kind of brackets), the name without the FTZ ("宜宾协同改革先行区"), the short
 * name ("宜宾"), "宜宾先行区", or the code.
 */
import type { ZoneRow } from '../../db/schema.js';
import { compact } from './cell-values.js';

export type ZoneMatch = { kind: 'found'; zone: ZoneRow } | { kind: 'unknown' } | { kind: 'ambiguous' };
export type ZoneResolver = (text: string) => ZoneMatch;

const key = (text: string) => compact(text).toLowerCase();

const TYPE_SUFFIXES: Record<string, string[]> = {
  pilot: ['协同改革先行区', '先行区'],
  area: ['片区'],
  block: ['区块', '园区', '片区'],
  ftz: ['自贸试验区', '自由贸易试验区', '自贸区'],
};

export function zoneResolver(zones: ZoneRow[]): ZoneResolver {
  const byKey = new Map<string, Set<number>>();
  const byId = new Map(zones.map((zone) => [zone.id, zone]));
  const add = (text: string | null | undefined, zone: ZoneRow) => {
    const k = text ? key(text) : '';
    if (!k) return;
    byKey.set(k, (byKey.get(k) ?? new Set()).add(zone.id));
  };
  for (const zone of zones) {
    add(zone.code, zone);
    add(zone.name, zone);
    add(zone.short_name, zone);
    add(zone.name_en, zone);
    const parent = zone.parent_id ? byId.get(zone.parent_id) : undefined;
    if (parent && key(zone.name).startsWith(key(parent.name))) {
      const rest = key(zone.name).slice(key(parent.name).length);
      add(rest, zone);
      add(`${key(parent.short_name)}${rest}`, zone);
    }
    for (const suffix of TYPE_SUFFIXES[zone.type] ?? []) add(`${zone.short_name}${suffix}`, zone);
  }
  return (text) => {
    const ids = byKey.get(key(text));
    if (!ids || ids.size === 0) return { kind: 'unknown' };
    if (ids.size > 1) return { kind: 'ambiguous' };
    return { kind: 'found', zone: byId.get([...ids][0]!)! };
  };
}
