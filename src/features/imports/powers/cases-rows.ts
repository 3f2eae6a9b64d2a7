/**
 * One row of a 月度办件量 table → a month's count for one delegation: the item (by 事项编码, or
 * by its name when the office's table has no codes), the receiving zone, the month and the
 * count. The delegation is found after, with the database. Processing-time columns (平均/最长
 * 办理时长) are recognised and refused when filled: the platform keeps each timed case's working
 * days and computes average and p90 from them, so a typed average would have nowhere true to go.
 */
import { z } from 'zod';
import type { ZoneRow } from '../../../db/schema.js';
import type { MessageKey } from '../../../shared/messages.js';
import type { CaseMonthBody } from '../../powers/powers-bulk.service.js';
import { RecordCasesBody } from '../../powers/powers.schema.js';
import { idField } from '../../../shared/schemas.js';
import type { ZoneResolver } from '../import-zones.js';
import type { ImportMessageKey } from '../imports.messages.js';
import type { SheetRow, SheetSummary } from '../read-workbook.js';
import type { IssueLocation, MappedRow, StoredIssue } from '../row-issues.js';
import { cellReader, parseCount, parseMonth } from './power-cells.js';
import { CASES_HEADERS, type CasesField } from './power-columns.js';

/** A month of one delegation as POST /api/powers/:id/cases takes it (month and count by its own rules). */
export const CaseRowSchema: z.ZodType<CaseMonthBody> = z.strictObject({ delegationId: idField, month: RecordCasesBody.shape.month, caseCount: RecordCasesBody.shape.caseCount });

export type CasesCandidate = Partial<CaseMonthBody> & { itemCode?: string; itemName?: string; zoneName?: string; replaces?: number };
export type CasesSheetRow = MappedRow & { candidate: CasesCandidate; zone: ZoneRow | null };

export function fieldLabel(path: string): string {
  if (path === 'delegationId') return CASES_HEADERS.code.zh;
  return path in CASES_HEADERS ? CASES_HEADERS[path as keyof typeof CASES_HEADERS].zh : path === 'caseCount' ? CASES_HEADERS.caseCount.zh : path;
}

export function bodyOf(candidate: Record<string, unknown>): Record<string, unknown> {
  return { delegationId: candidate.delegationId, month: candidate.month, caseCount: candidate.caseCount };
}

export function casesRowMapper(sheet: SheetSummary, resolveZone: ZoneResolver) {
  const durations = sheet.columns.filter((c) => c.field === 'duration');
  return (row: SheetRow): CasesSheetRow => {
    const cells = cellReader<CasesField>(sheet.columns, row, CASES_HEADERS);
    const issues: StoredIssue[] = [];
    const locations: Record<string, IssueLocation> = {
      delegationId: cells.where('delegationId', cells.column('code') ? 'code' : 'name'),
      month: cells.where('month', 'month'),
      caseCount: cells.where('caseCount', 'caseCount'),
      zone: cells.where('zone', 'zone'),
    };
    const problem = (field: string, key: ImportMessageKey | MessageKey, params: Record<string, string | number> = {}) =>
      issues.push({ ...(locations[field] ?? { column: field, field, cell: null }), field, kind: 'import', key, params });
    const candidate: CasesCandidate = {};
    const code = cells.text('code');
    const name = cells.text('name');
    if (code) candidate.itemCode = code;
    if (name) candidate.itemName = name;
    if (!code && !name) problem('delegationId', 'power_import_item_missing');

    let zone: ZoneRow | null = null;
    const zoneText = cells.text('zone');
    const match = zoneText ? resolveZone(zoneText.replace(/(管理委员会|管委会)$/, '')) : ({ kind: 'missing' } as const);
    if (match.kind === 'found') {
      zone = match.zone;
      candidate.zoneName = zone.name;
    } else problem('delegationId', match.kind === 'ambiguous' ? 'zone_ambiguous' : match.kind === 'unknown' ? 'zone_unknown' : 'zone_missing', { value: zoneText });
    if (match.kind !== 'found') locations.delegationId = locations.zone!;

    const month = parseMonth(cells.cell('month'));
    if (month) candidate.month = month;
    else problem('month', 'power_import_month', { value: cells.text('month') });
    const count = parseCount(cells.cell('caseCount'));
    if (count !== undefined) candidate.caseCount = count;
    else problem('caseCount', 'power_import_count', { value: cells.text('caseCount') });
    for (const column of durations) {
      const cell = row.cells[column.key];
      if (cell && (cell.value !== null || cell.text.trim())) {
        issues.push({ column: column.label, field: 'duration', cell: cell.address, kind: 'import', key: 'power_import_duration_column', params: {} });
        break;
      }
    }
    return { sheet: row.sheet, rowNumber: row.rowNumber, candidate, zone, issues, locations };
  };
}
