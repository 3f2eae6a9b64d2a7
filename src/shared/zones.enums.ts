/**
 * Zone types and the shape of the zone tree, shared by the API and the web client.
 */
import type { Label } from './enums.js';

export const ZONE_TYPES = ['country', 'ftz', 'area', 'pilot', 'block'] as const;
export type ZoneType = (typeof ZONE_TYPES)[number];
export const ZONE_TYPE_LABELS = {
  country: { zh: '国家', en: 'Country' },
  ftz: { zh: '自由贸易试验区', en: 'Pilot free trade zone' },
  area: { zh: '片区', en: 'FTZ area' },
  pilot: { zh: '协同改革先行区', en: 'Coordinated reform pilot zone' },
  block: { zh: '区块/园区', en: 'Block / park' },
} satisfies Record<ZoneType, Label>;
/** Which zone types may sit directly under which: keeps the tree 国家 → 自贸试验区 → 片区/先行区 → 区块. */
export const ZONE_CHILD_TYPES = {
  country: ['ftz'],
  ftz: ['area', 'pilot'],
  area: ['block'],
  pilot: ['block'],
  block: [],
} satisfies Record<ZoneType, readonly ZoneType[]>;
