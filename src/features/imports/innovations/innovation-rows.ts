/**
 * One spreadsheet row → the body POST /api/innovations takes (checked by the engine with that
 * route's own schema, CreateInnovationSchema.body). Where each field came from is kept, so an
 * issue names the column as the file does and the cell.
 */
import { type Label } from '../../../shared/enums.js';
import {
  INNOVATION_DOMAIN_LABELS,
  NOVELTY_LABELS,
  REFORM_TASK_LABELS,
} from '../../../shared/innovations.enums.js';
import type { CreateInnovationBody } from '../../innovations/innovations.schema.js';
import type { ZoneRow } from '../../../db/schema.js';
import { numberToDecimal, parseOfficeDate, parseQuantity, splitList } from '../cell-values.js';
import type { ImportMessageKey } from '../imports.messages.js';
import type { CellData, Column, SheetRow, SheetSummary } from '../read-workbook.js';
import type { IssueLocation, MappedRow, StoredIssue } from '../row-issues.js';
import { FIELD_LABELS, matchDomain, matchNovelty, matchTask, type InnovationField } from './innovation-columns.js';
import type { ZoneResolver } from '../import-zones.js';

/** The row as previewed: what will be created, with the zone's name for display. */
export type RowCandidate = Partial<Omit<CreateInnovationBody, 'zoneId'>> & { zoneId?: number; zoneName?: string };

/** The row with the zone it names (null when unknown, or not the actor's to write). */
export type InnovationSheetRow = MappedRow & { candidate: RowCandidate; zone: ZoneRow | null };

const EFFECT_TEXT_MAX = 300;
const EFFECTS_MAX = 20;
const EFFECT_LABEL_MAX = 60;

function allowed(labels: Record<string, Label>): string {
  return Object.values(labels)
    .map((label) => label.zh)
    .join('、');
}

/** Long effect text cut at line and sentence ends into pieces the schema accepts. */
function chunks(text: string): string[] {
  const pieces: string[] = [];
  for (const line of text.split(/\n+/).map((l) => l.trim()).filter(Boolean)) {
    if (line.length <= EFFECT_TEXT_MAX) {
      pieces.push(line);
      continue;
    }
    let current = '';
    for (const sentence of line.match(/[^。；;！!？?]+[。；;！!？?]?/g) ?? [line]) {
      if (current && (current + sentence).length > EFFECT_TEXT_MAX) {
        pieces.push(current);
        current = '';
      }
      current += sentence;
      while (current.length > EFFECT_TEXT_MAX) {
        pieces.push(current.slice(0, EFFECT_TEXT_MAX));
        current = current.slice(EFFECT_TEXT_MAX);
      }
    }
    if (current) pieces.push(current);
  }
  return pieces;
}

type Effect = NonNullable<CreateInnovationBody['effects']>[number];
type EffectGroup = { group: string | null; parts: Partial<Record<InnovationField, Column>> };

/** Effect columns in order; a repeated part (a second 指标) starts the next effect. */
function effectGroups(columns: Column[]): EffectGroup[] {
  const groups: EffectGroup[] = [];
  let current: EffectGroup | null = null;
  for (const column of columns) {
    if (!column.field?.startsWith('effect') || column.field === 'effects') continue;
    const field = column.field as InnovationField;
    if (!current || current.parts[field] || current.group !== column.group) {
      current = { group: column.group, parts: {} };
      groups.push(current);
    }
    current.parts[field] = column;
  }
  return groups;
}

function labelOf(text: string): string {
  return text.replace(/\s+/g, ' ').trim().slice(0, EFFECT_LABEL_MAX);
}

export type RowMapper = (row: SheetRow) => InnovationSheetRow;

/** The usual Chinese column name of an API field path ('zoneId' → 所属区域, 'effects.0.value' → 实践效果). */
export function fieldLabel(path: string): string {
  const top = path.split('.')[0] ?? path;
  const field = (top === 'zoneId' ? 'zone' : top) as InnovationField;
  return FIELD_LABELS[field]?.zh ?? top;
}

/**
 * Builds the mapper for one sheet. `sheetZone` is the zone the sheet is named after, used
 * when the sheet has no zone column or a row leaves it blank.
 */
export function rowMapper(sheet: SheetSummary, resolveZone: ZoneResolver): RowMapper {
  const columnsOf = (field: InnovationField) => sheet.columns.filter((c) => c.field === field);
  const sheetMatch = resolveZone(sheet.name);
  const sheetZone = sheetMatch.kind === 'found' ? sheetMatch.zone : null;
  const groups = effectGroups(sheet.columns);
  const textColumns = columnsOf('effects');

  return (row) => {
    const issues: StoredIssue[] = [];
    const locations: Record<string, IssueLocation> = {};
    const candidate: RowCandidate = {};
    const cellOf = (column: Column): CellData => row.cells[column.key]!;
    const where = (field: string, column: Column | undefined): IssueLocation => ({
      column: column?.label ?? fieldLabel(field),
      field,
      cell: column ? cellOf(column).address : null,
    });
    const problem = (path: string, column: Column | undefined, key: ImportMessageKey, params: Record<string, string | number> = {}) =>
      issues.push({ ...where(path, column), field: path, kind: 'import', key, params });
    /** The first non-empty cell of the field's columns (with its column), or undefined. */
    const first = (field: InnovationField) => {
      const columns = columnsOf(field);
      const column = columns.find((c) => cellOf(c).text) ?? columns[0];
      if (column) locations[field] = where(field, column);
      return column && cellOf(column).text ? { column, cell: cellOf(column) } : undefined;
    };
    /** Text fields spread over several columns ("主要做法" and "创新举措") are joined. */
    const joined = (field: InnovationField) => {
      const columns = columnsOf(field);
      if (columns[0]) locations[field] = where(field, columns.find((c) => cellOf(c).text) ?? columns[0]);
      const text = columns
        .map((c) => cellOf(c).text)
        .filter(Boolean)
        .join('\n');
      return text || undefined;
    };

    // Zone: the row's cell, else the sheet's name.
    let zone: ZoneRow | null = null;
    const zoneCell = first('zone');
    locations.zoneId = where('zoneId', zoneCell?.column ?? columnsOf('zone')[0]);
    if (zoneCell) {
      const match = resolveZone(zoneCell.cell.text);
      if (match.kind === 'found') zone = match.zone;
      else problem('zoneId', zoneCell.column, match.kind === 'ambiguous' ? 'zone_ambiguous' : 'zone_unknown', { value: zoneCell.cell.text });
    } else if (sheetZone) {
      zone = sheetZone;
    } else {
      problem('zoneId', columnsOf('zone')[0], 'zone_missing');
    }
    if (zone) Object.assign(candidate, { zoneId: zone.id, zoneName: zone.name });

    const name = first('name');
    locations.name = where('name', name?.column ?? columnsOf('name')[0]);
    candidate.name = name?.cell.text.replace(/\s*\n\s*/g, ' ');

    const enumField = <V extends string>(field: 'domain' | 'task' | 'novelty', match: (text: string) => V | null, labels: Record<string, Label>) => {
      const found = first(field);
      locations[field] = where(field, found?.column ?? columnsOf(field)[0]);
      if (!found) return undefined;
      const value = match(found.cell.text);
      if (!value) problem(field, found.column, 'unknown_label', { value: found.cell.text, allowed: allowed(labels) });
      return value ?? undefined;
    };
    candidate.domain = enumField('domain', matchDomain, INNOVATION_DOMAIN_LABELS);
    candidate.task = enumField('task', matchTask, REFORM_TASK_LABELS);
    candidate.novelty = enumField('novelty', matchNovelty, NOVELTY_LABELS);

    candidate.painPoint = joined('painPoint');
    candidate.measures = joined('measures');
    candidate.source = joined('source');

    const departments = joined('departments');
    if (departments) candidate.departments = splitList(departments);
    const tags = joined('tags');
    if (tags) candidate.tags = splitList(tags);

    const explored = first('exploredOn');
    locations.exploredOn = where('exploredOn', explored?.column ?? columnsOf('exploredOn')[0]);
    if (explored) {
      const value = explored.cell.value instanceof Date || typeof explored.cell.value === 'number' ? explored.cell.value : explored.cell.text;
      const date = parseOfficeDate(value, explored.cell.numFmt);
      if (date) candidate.exploredOn = date;
      else problem('exploredOn', explored.column, 'date_unreadable', { value: explored.cell.text });
    }

    // Effects: structured groups (指标/数值/单位/时期/说明), then free-text columns.
    const effects: Effect[] = [];
    const effectColumns: Column[] = [];
    for (const group of groups) {
      const text = (field: InnovationField) => (group.parts[field] ? cellOf(group.parts[field]!).text : '');
      const valueCell = group.parts.effectValue ? cellOf(group.parts.effectValue) : undefined;
      if (![text('effectLabel'), valueCell?.text ?? '', text('effectUnit'), text('effectPeriod'), text('effectText')].some(Boolean)) continue;
      const effect: Effect = { label: labelOf(text('effectLabel') || group.group || FIELD_LABELS.effects.zh) };
      let note = text('effectText');
      if (valueCell?.text) {
        const quantity = typeof valueCell.value === 'number' ? { value: numberToDecimal(valueCell.value) ?? '', unit: null, qualified: false } : parseQuantity(valueCell.text);
        if (quantity?.value) {
          effect.value = quantity.value;
          effect.unit = text('effectUnit') || quantity.unit;
          if (quantity.qualified && !note) note = valueCell.text;
        } else {
          // "显著提升": not a number, kept as words.
          note = [valueCell.text, note].filter(Boolean).join('；');
          if (text('effectUnit')) effect.unit = text('effectUnit');
        }
      } else if (text('effectUnit')) {
        effect.unit = text('effectUnit');
      }
      if (text('effectPeriod')) effect.period = text('effectPeriod');
      if (note) effect.text = note;
      effectColumns.push(group.parts.effectValue ?? group.parts.effectLabel ?? Object.values(group.parts)[0]!);
      effects.push(effect);
    }
    for (const column of textColumns) {
      const cell = cellOf(column);
      if (!cell.text) continue;
      const label = labelOf(column.sub ?? column.label);
      const quantity = parseQuantity(cell.text);
      if (quantity && !quantity.qualified) {
        effects.push({ label, value: quantity.value, unit: quantity.unit });
        effectColumns.push(column);
        continue;
      }
      for (const piece of chunks(cell.text)) {
        const single = parseQuantity(piece);
        effects.push(single ? { label, value: single.value, unit: single.unit, text: piece } : { label, text: piece });
        effectColumns.push(column);
      }
    }
    if (effects.length > 0) {
      candidate.effects = effects.slice(0, EFFECTS_MAX + 1);
      effectColumns.forEach((column, i) => {
        const location = where(`effects.${i}`, column);
        for (const part of ['', '.label', '.value', '.unit', '.period', '.text']) locations[`effects.${i}${part}`] = { ...location, field: `effects.${i}${part}` };
      });
      locations.effects = where('effects', effectColumns[0]);
    }

    for (const key of Object.keys(candidate) as (keyof RowCandidate)[]) if (candidate[key] === undefined) delete candidate[key];
    return { sheet: row.sheet, rowNumber: row.rowNumber, candidate, zone, issues, locations };
  };
}

/** The body for the API schema: the candidate without display-only fields. */
export function bodyOf(candidate: Record<string, unknown>): Record<string, unknown> {
  const { zoneName: _zoneName, ...body } = candidate;
  return body;
}
