import type { Zone } from '../api/types';

export type ZoneNode = Zone & { children: ZoneNode[] };

/** The API sends the tree flat, parents first; nodes whose parent is not in the list become roots. */
export function buildZoneTree(zones: Zone[]): ZoneNode[] {
  const nodes = new Map<number, ZoneNode>();
  for (const zone of zones) nodes.set(zone.id, { ...zone, children: [] });
  const roots: ZoneNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId === null ? undefined : nodes.get(node.parentId);
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

/** Ids from the root down to `id` (inclusive), for expanding a tree to a node. */
export function pathTo(zones: Zone[], id: number): number[] {
  const byId = new Map(zones.map((zone) => [zone.id, zone]));
  const path: number[] = [];
  let current = byId.get(id);
  while (current && !path.includes(current.id)) {
    path.unshift(current.id);
    current = current.parentId === null ? undefined : byId.get(current.parentId);
  }
  return path;
}
