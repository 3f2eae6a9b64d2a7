/**
 * Indicator values (指标数据) as an import kind: tables as statistics offices publish them, one
 * sheet per period (zones × indicators) or per indicator (zones × periods), each row checked with
 * the value form's own item schema, scope, existing values and 合计 rows, and written through the
 * indicators feature's insertValues with the batch's source.
 */
import { z } from 'zod';
import { roleHasZoneScope } from '../../../shared/enums.js';
import { insertValues } from '../../indicators/indicator-values.service.js';
import { listDefinitions } from '../../indicators/indicators.service.js';
import { RecordValuesSchema, type RecordValuesBody } from '../../indicators/indicators.schema.js';
import { defineImportKind } from '../import-kind.js';
import { acceptsIndicatorColumns, matchIndicatorHeader } from './indicator-columns.js';
import { indicatorRowChecker, recheckIndicatorRows } from './indicator-checks.js';
import { INDICATOR_MESSAGES } from './indicator-messages.js';
import { bodyOf, fieldLabel, type IndicatorSheetRow } from './indicator-rows.js';
import { indicatorTemplate, templateFileName } from './indicator-template.js';

/** Rows one indicator import may hold (issue 9's bench imports 100k in bounded memory). */
export const INDICATOR_IMPORT_MAX_ROWS = 100_000;

/** A row's values, each as POST /api/indicators/values takes it; a 合计 row has none (it is only checked). */
const RowBody: z.ZodType<RecordValuesBody> = z.strictObject({ values: z.array(RecordValuesSchema.body.shape.values.element) });

export const indicatorImport = defineImportKind<RecordValuesBody, IndicatorSheetRow>({
  kind: 'indicators',
  // Those who record values: the province office and zone staff (for their zones, checked per row).
  mayImport: (actor) => roleHasZoneScope(actor.role),
  // A statistics office's table is zones × periods × indicators: a year of monthly sheets for every
  // zone runs past the 5,000 rows of a screen's import; the rows are small (a name and figures).
  reader: { matchHeader: matchIndicatorHeader, acceptsColumns: acceptsIndicatorColumns, maxRows: INDICATOR_IMPORT_MAX_ROWS },
  schema: RowBody,
  fieldLabel,
  bodyOf,
  messages: INDICATOR_MESSAGES,
  rowChecker: indicatorRowChecker,
  recheck: recheckIndicatorRows,
  insertRows: async (trx, context, bodies) => (await insertValues(trx, context, bodies.flatMap((b) => b.values))).ids,
  importedEvent: 'indicator_value.imported',
  template: { fileName: templateFileName, build: async (db) => indicatorTemplate(await listDefinitions(db)) },
});
