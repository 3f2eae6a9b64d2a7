/**
 * 放权赋能事项 as two import kinds: the 新放权事项清单 (one row per item delegated to a zone, into
 * the batch chosen on upload; the province office's) and the 月度办件量 (a month's cases per
 * delegation; the receiving zone's staff, for their own zone). Both write through the powers
 * feature's bulk service; the catalogue's export comes with the first.
 */
import { isProvinceAdmin } from '../../../kernel/actor.js';
import { insertCaseMonths, insertCatalogueRows } from '../../powers/powers-bulk.service.js';
import { defineImportKind } from '../import-kind.js';
import { casesRowChecker, recheckCaseRows } from './cases-checks.js';
import { bodyOf as caseBodyOf, CaseRowSchema, fieldLabel as caseFieldLabel } from './cases-rows.js';
import { catalogueRowChecker, recheckCatalogueRows } from './catalogue-checks.js';
import { bodyOf as catalogueBodyOf, CatalogueRowSchema, fieldLabel as catalogueFieldLabel } from './catalogue-rows.js';
import { powerExportRoutes } from './export.routes.js';
import { acceptsCasesColumns, acceptsCatalogueColumns, matchCasesHeader, matchCatalogueHeader } from './power-columns.js';
import { CASES_IMPORT_MESSAGES, CATALOGUE_IMPORT_MESSAGES } from './power-import-messages.js';
import { casesTemplate, casesTemplateName, catalogueTemplate, catalogueTemplateName } from './power-workbooks.js';

export const powerCatalogueImport = defineImportKind({
  kind: 'power_catalogue',
  // The catalogue and its batches are the province office's (requireCatalogueKeeper).
  mayImport: (actor) => isProvinceAdmin(actor),
  reader: { matchHeader: matchCatalogueHeader, acceptsColumns: acceptsCatalogueColumns },
  schema: CatalogueRowSchema,
  fieldLabel: catalogueFieldLabel,
  bodyOf: catalogueBodyOf,
  messages: CATALOGUE_IMPORT_MESSAGES,
  rowChecker: catalogueRowChecker,
  recheck: recheckCatalogueRows,
  insertRows: (trx, context, bodies) => insertCatalogueRows(trx, context, bodies),
  importedEvent: 'power.imported',
  template: { fileName: catalogueTemplateName, build: catalogueTemplate },
  routes: powerExportRoutes,
});

export const powerCasesImport = defineImportKind({
  kind: 'power_cases',
  // 办件量 are the receiving zone's own record: its staff enter them (the province office reads them).
  mayImport: (actor) => actor.role === 'zone_staff',
  reader: { matchHeader: matchCasesHeader, acceptsColumns: acceptsCasesColumns },
  schema: CaseRowSchema,
  fieldLabel: caseFieldLabel,
  bodyOf: caseBodyOf,
  messages: CASES_IMPORT_MESSAGES,
  rowChecker: (db, context) => casesRowChecker(db, context),
  recheck: recheckCaseRows,
  insertRows: (trx, context, bodies) => insertCaseMonths(trx, context, bodies),
  importedEvent: 'power.cases_imported',
  template: { fileName: casesTemplateName, build: casesTemplate },
});
