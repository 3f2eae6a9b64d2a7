/**
 * One row of a 放权清单 → the item (its six elements and legal limit) and its delegation to the
 * receiving zone in the batch chosen on upload, as one flat body checked with the powers API's own
 * item and delegation schemas. Labels (事项类型, 下放层级, 下放方式) and the zone are read here;
 * what needs the database (the code's item, existing delegations, scope) is checked after.
 */
import { z } from 'zod';
import type { ZoneRow } from '../../../db/schema.js';
import type { MessageKey } from '../../../shared/messages.js';
import { DELEGATION_TYPE_LABELS, POWER_ITEM_TYPE_LABELS, POWER_LEVEL_LABELS, type PowerLevel } from '../../../shared/powers.enums.js';
import type { CatalogueRowBody } from '../../powers/powers-bulk.service.js';
import { CreateDelegationBody, ItemBody } from '../../powers/powers.schema.js';
import type { ZoneResolver } from '../import-zones.js';
import type { ImportMessageKey } from '../imports.messages.js';
import type { SheetRow, SheetSummary } from '../read-workbook.js';
import type { IssueLocation, MappedRow, StoredIssue } from '../row-issues.js';
import { cellReader, parseDays } from './power-cells.js';
import { allowedLabels, CATALOGUE_HEADERS, matchDelegationType, matchItemType, matchLevel, type CatalogueField } from './power-columns.js';

/** The API's rules for an item (a new one is a 主项) and a delegation, as one row. */
export const CatalogueRowSchema: z.ZodType<CatalogueRowBody> = ItemBody.omit({ parentId: true, internalNote: true, source: true }).extend(
  CreateDelegationBody.pick({ batchId: true, zoneId: true, delegationType: true, entrustmentRef: true, receivingBody: true, promisedLimitDays: true, internalNote: true }).shape,
);

const BODY_KEYS = ['tier', 'name', 'code', 'itemType', 'department', 'implementingBody', 'legalBasis', 'legalLimitDays', 'batchId', 'zoneId', 'delegationType', 'entrustmentRef', 'receivingBody', 'promisedLimitDays', 'internalNote'] as const;

export type CatalogueCandidate = Partial<CatalogueRowBody> & { zoneName?: string; levelLabel?: string; existingItem?: boolean };
export type CatalogueSheetRow = MappedRow & { candidate: CatalogueCandidate; zone: ZoneRow | null; level: PowerLevel | null };

/** Which file column each body field comes from. */
const SOURCE_OF: Partial<Record<(typeof BODY_KEYS)[number], CatalogueField>> = {
  name: 'name', code: 'code', itemType: 'itemType', department: 'department', implementingBody: 'implementingBody', legalBasis: 'legalBasis', legalLimitDays: 'legalLimitDays',
  zoneId: 'zone', delegationType: 'delegationType', entrustmentRef: 'entrustmentRef', receivingBody: 'receivingBody', promisedLimitDays: 'promisedLimitDays', internalNote: 'note',
};

export function fieldLabel(path: string): string {
  const field = SOURCE_OF[path as keyof typeof SOURCE_OF];
  return field ? CATALOGUE_HEADERS[field].zh : path;
}

export function bodyOf(candidate: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(BODY_KEYS.filter((key) => candidate[key] !== undefined).map((key) => [key, candidate[key]]));
}

/** 承接主体 as offices write it: the zone, often with its 管委会 ("…片区管委会"). */
function findZone(resolveZone: ZoneResolver, text: string) {
  const direct = resolveZone(text);
  if (direct.kind !== 'unknown') return direct;
  const bare = text.replace(/(管理委员会|管委会|管理局|管理办公室)$/, '');
  return bare !== text ? resolveZone(bare) : direct;
}

export function catalogueRowMapper(sheet: SheetSummary, resolveZone: ZoneResolver, batchId: number) {
  const merged = sheet.columns.find((c) => c.field === 'departmentAndBody');
  return (row: SheetRow): CatalogueSheetRow => {
    const cells = cellReader<CatalogueField>(sheet.columns, row, CATALOGUE_HEADERS);
    const issues: StoredIssue[] = [];
    const locations: Record<string, IssueLocation> = {};
    for (const [key, from] of Object.entries(SOURCE_OF)) locations[key] = cells.where(key, from);
    const problem = (field: string, key: ImportMessageKey | MessageKey, params: Record<string, string | number> = {}) =>
      issues.push({ ...(locations[field] ?? { column: field, field, cell: null }), field, kind: 'import', key, params });
    const candidate: CatalogueCandidate = { tier: 'main', batchId };
    const text = (field: CatalogueField) => cells.text(field) || undefined;

    candidate.name = text('name');
    candidate.code = text('code');
    candidate.legalBasis = text('legalBasis');
    // 主管部门/实施机关 in one column: the same body is both (as most 清单 list it).
    const mergedText = merged ? (row.cells[merged.key]?.text ?? '').trim() : '';
    candidate.department = text('department') ?? (mergedText || undefined);
    candidate.implementingBody = text('implementingBody') ?? (mergedText || candidate.department);
    if (merged && !cells.column('department')) locations.department = { column: merged.label, field: 'department', cell: row.cells[merged.key]?.address ?? null };
    candidate.entrustmentRef = text('entrustmentRef');
    candidate.receivingBody = text('receivingBody');
    candidate.internalNote = text('note');

    const itemType = cells.text('itemType');
    if (itemType) {
      const value = matchItemType(itemType);
      if (value) candidate.itemType = value;
      else problem('itemType', 'unknown_label', { value: itemType, allowed: allowedLabels(POWER_ITEM_TYPE_LABELS) });
    }
    const type = cells.text('delegationType');
    if (type) {
      const value = matchDelegationType(type);
      if (value) candidate.delegationType = value;
      else problem('delegationType', 'unknown_label', { value: type, allowed: allowedLabels(DELEGATION_TYPE_LABELS) });
    } else candidate.delegationType = 'devolve';
    if (candidate.delegationType === 'entrust' && !candidate.entrustmentRef) problem('entrustmentRef', 'POWER_ENTRUSTMENT_REF');

    let level: PowerLevel | null = null;
    const levelText = cells.text('level');
    if (levelText) {
      level = matchLevel(levelText);
      if (level) candidate.levelLabel = levelText;
      else {
        locations.level = cells.where('level', 'level');
        problem('level', 'unknown_label', { value: levelText, allowed: allowedLabels(POWER_LEVEL_LABELS) });
      }
    }
    for (const field of ['legalLimitDays', 'promisedLimitDays'] as const) {
      const days = parseDays(cells.cell(field));
      if (days === undefined) problem(field, 'power_import_days', { value: cells.text(field) });
      else if (days !== null) candidate[field] = days;
    }

    let zone: ZoneRow | null = null;
    const zoneText = cells.text('zone');
    const match = zoneText ? findZone(resolveZone, zoneText) : ({ kind: 'missing' } as const);
    if (match.kind === 'found') {
      zone = match.zone;
      candidate.zoneId = zone.id;
      candidate.zoneName = zone.name;
    } else problem('zoneId', match.kind === 'ambiguous' ? 'zone_ambiguous' : match.kind === 'unknown' ? 'zone_unknown' : 'zone_missing', { value: zoneText });
    return { sheet: row.sheet, rowNumber: row.rowNumber, candidate, zone, level, issues, locations };
  };
}
