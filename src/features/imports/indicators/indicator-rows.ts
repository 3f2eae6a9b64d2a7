/**
 * One row of an office's table → the values it holds: one per figure column, of the indicator
 * and period the column (or the sheet) names, in the unit the header or the cell states. A
 * 合计/总计/全省 row is kept aside for the sum check and never written; "—", "-" and blank cells
 * are missing, not zero.
 */
import type { ZoneRow } from '../../../db/schema.js';
import type { MessageKey } from '../../../shared/messages.js';
import type { DefinitionRow } from '../../indicators/indicators.service.js';
import type { ValueInput } from '../../indicators/indicators.schema.js';
import { Dec, decString } from '../../../shared/indicators/decimal.js';
import { parseFigure } from '../../../shared/indicators/parse-figure.js';
import { sameDimension } from '../../../shared/indicators/quantity.js';
import type { Unit } from '../../../shared/indicators.enums.js';
import { periodIsOfKind } from '../../indicators/indicator-units.js';
import type { ZoneResolver } from '../import-zones.js';
import type { Column, SheetRow, SheetSummary } from '../read-workbook.js';
import type { IssueLocation, MappedRow, StoredIssue } from '../row-issues.js';
import { periodOfText, splitHeader } from './indicator-columns.js';

const TOTAL_ROW = /^(合计|总计|全省|全市|全区|总体|小计|total)$/i;

/** A figure as read, in the unit it was entered in, with the step of its last stated digit. */
export type ReadFigure = { column: string; cell: string; indicator: DefinitionRow; period: string; value: string; unit: Unit; step: string };

export type IndicatorCandidate = { values: ValueInput[]; zoneName?: string; total?: boolean };
export type IndicatorSheetRow = MappedRow & { candidate: IndicatorCandidate; zone: ZoneRow | null; figures: ReadFigure[]; total: boolean };

export type IndicatorResolver = (text: string) => DefinitionRow | null;

/** Indicators by zh name, en name or code (spaces and width ignored); `within` finds the longest name a title contains. */
export function indicatorResolver(definitions: DefinitionRow[]): { exact: IndicatorResolver; within: IndicatorResolver } {
  const key = (text: string) => text.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
  const byKey = new Map<string, DefinitionRow>();
  for (const d of definitions) for (const text of [d.code, d.name_zh, d.name_en]) byKey.set(key(text), d);
  const byLength = [...definitions].sort((a, b) => b.name_zh.length - a.name_zh.length);
  return {
    exact: (text) => byKey.get(key(text)) ?? null,
    within: (text) => byLength.find((d) => key(text).includes(key(d.name_zh))) ?? null,
  };
}

export function fieldLabel(path: string): string {
  return path.startsWith('values') ? '数值' : path;
}

export function bodyOf(candidate: Record<string, unknown>): Record<string, unknown> {
  return { values: candidate.values };
}

/**
 * The step of the last digit the office stated, in the unit the figure was read in: "14.0" → 0.1,
 * "3000万元" read as 0.3 亿元 → 0.0001 (one 万元).
 */
function stepOf(source: string | number, value: string): string {
  const text = typeof source === 'number' ? decString(new Dec(source)) : source.normalize('NFKC').replace(/[,\s]/g, '');
  const number = /\d+(?:\.(\d+))?/.exec(text);
  if (!number || new Dec(number[0]).isZero()) return decString(new Dec(10).pow(-(value.split('.')[1] ?? '').length));
  const factor = new Dec(value).abs().div(new Dec(number[0]));
  return decString(new Dec(10).pow(-(number[1] ?? '').length).times(factor));
}

type ColumnPlan = { column: Column; indicator: DefinitionRow | null; period: string | null; unitText: string | null; name: string };

/** What each figure column of the sheet is: indicator × period, from the header or the sheet's name and title. */
function planColumns(sheet: SheetSummary, indicators: ReturnType<typeof indicatorResolver>): ColumnPlan[] {
  const sheetPeriod = periodOfText(sheet.name) ?? periodOfText(sheet.title);
  const sheetIndicator = indicators.exact(sheet.name) ?? indicators.within(sheet.name) ?? (sheet.title ? indicators.within(sheet.title) : null);
  return sheet.columns
    .filter((c) => c.field === 'figure')
    .map((column) => {
      const { name, unit } = splitHeader(column);
      const own = indicators.exact(name);
      const period = own ? null : periodOfText(name);
      if (!own && period) return { column, indicator: sheetIndicator, period, unitText: unit, name: sheetIndicator?.name_zh ?? sheet.name };
      return { column, indicator: own, period: sheetPeriod, unitText: unit, name };
    });
}

/** The unit a header states ("亿元", "%"), read by the shared figure parser; null when it states none. */
function headerUnit(text: string | null, indicator: DefinitionRow): Unit | null {
  if (!text) return null;
  const parsed = parseFigure(`1${text}`, { unit: indicator.unit });
  return parsed.kind === 'ok' ? parsed.quantity.unit : null;
}

export function rowMapper(sheet: SheetSummary, resolveZone: ZoneResolver, indicators: ReturnType<typeof indicatorResolver>, source: string | undefined) {
  const plans = planColumns(sheet, indicators);
  const zoneColumn = sheet.columns.find((c) => c.field === 'zone');
  return (row: SheetRow): IndicatorSheetRow => {
    const issues: StoredIssue[] = [];
    const locations: Record<string, IssueLocation> = {};
    const where = (field: string, column: Column | undefined): IssueLocation => ({ column: column?.label ?? field, field, cell: column ? row.cells[column.key]!.address : null });
    const problem = (field: string, column: Column | undefined, key: MessageKey, params: Record<string, string | number> = {}) =>
      issues.push({ ...where(field, column), kind: 'import', key, params });
    const zoneText = zoneColumn ? row.cells[zoneColumn.key]!.text.trim() : '';
    const total = TOTAL_ROW.test(zoneText.replace(/\s+/g, ''));
    let zone: ZoneRow | null = null;
    locations.zoneId = where('zoneId', zoneColumn);
    if (!total) {
      const match = zoneText ? resolveZone(zoneText) : { kind: 'missing' as const };
      if (match.kind === 'found') zone = match.zone;
      // Filed under 'values' too, so the values' zoneId is not reported again by the schema.
      else problem('values.zoneId', zoneColumn, match.kind === 'ambiguous' ? 'zone_ambiguous' : match.kind === 'unknown' ? 'zone_unknown' : 'zone_missing', { value: zoneText });
    }
    const figures: ReadFigure[] = [];
    const values: ValueInput[] = [];
    for (const plan of plans) {
      const cell = row.cells[plan.column.key]!;
      const field = `values.${values.length}`;
      if (!cell.text.trim() && cell.value === null) continue;
      if (!plan.indicator) {
        if (cell.text.trim()) problem(field, plan.column, 'indicator_import_indicator_unknown', { value: plan.name });
        continue;
      }
      const entered = headerUnit(plan.unitText, plan.indicator) ?? plan.indicator.unit;
      const parsed = parseFigure(typeof cell.value === 'number' ? cell.value : cell.text, { unit: entered });
      if (parsed.kind === 'missing') continue;
      if (parsed.kind === 'error') {
        problem(field, plan.column, parsed.code, parsed.params);
        continue;
      }
      const { quantity } = parsed;
      if (!sameDimension(quantity.unit, plan.indicator.unit)) {
        problem(field, plan.column, 'indicator_import_unit_incompatible', { unit: plan.unitText ?? cell.text, indicator: plan.indicator.name_zh });
        continue;
      }
      if (!plan.period) {
        problem(field, plan.column, 'indicator_import_period_missing');
        continue;
      }
      if (!periodIsOfKind(plan.period, plan.indicator.period_kind)) {
        problem(field, plan.column, 'indicator_import_period_kind', { period: plan.period, indicator: plan.indicator.name_zh });
        continue;
      }
      figures.push({ column: plan.column.label, cell: cell.address, indicator: plan.indicator, period: plan.period, value: quantity.value, unit: quantity.unit, step: stepOf(typeof cell.value === 'number' ? cell.value : cell.text, quantity.value) });
      if (total) continue;
      locations[field] = where(field, plan.column);
      for (const part of ['value', 'unit', 'period', 'source', 'qualifier']) locations[`${field}.${part}`] = { ...where(field, plan.column), field: `${field}.${part}` };
      values.push({ indicator: plan.indicator.code, zoneId: zone?.id ?? 0, period: plan.period, value: quantity.value, unit: quantity.unit, qualifier: quantity.qualifier, source: source ?? '' });
    }
    if (!total && !source && values.length > 0) problem('values', undefined, 'indicator_import_source_missing');
    if (!total && values.length === 0 && issues.length === 0) problem('values', plans[0]?.column, 'indicator_import_no_values');
    const candidate: IndicatorCandidate = { values, ...(zone ? { zoneName: zone.name } : {}), ...(total ? { total: true, zoneName: zoneText } : {}) };
    return { sheet: row.sheet, rowNumber: row.rowNumber, candidate, zone, figures, total, issues, locations };
  };
}
