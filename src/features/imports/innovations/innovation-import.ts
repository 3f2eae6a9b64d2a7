/**
 * Innovations (制度创新成果) as an import kind: the columns offices use, rows checked with
 * POST /api/innovations's own schema, scope and duplicate names, created as drafts through the
 * innovations feature; the template and the export come with it.
 */
import { roleHasZoneScope } from '../../../shared/enums.js';
import { insertInnovations } from '../../innovations/innovations.service.js';
import { CreateInnovationSchema } from '../../innovations/innovations.schema.js';
import { defineImportKind } from '../import-kind.js';
import { innovationExportRoutes } from './export.routes.js';
import { innovationRowChecker, recheckInnovationRows } from './innovation-checks.js';
import { acceptsInnovationColumns, matchInnovationHeader } from './innovation-columns.js';
import { INNOVATION_MESSAGES } from './innovation-messages.js';
import { bodyOf, fieldLabel } from './innovation-rows.js';
import { innovationTemplate, templateFileName } from './innovation-template.js';

export const innovationImport = defineImportKind({
  kind: 'innovations',
  // Those who write zone data: the province office and zone staff.
  mayImport: (actor) => roleHasZoneScope(actor.role),
  reader: { matchHeader: matchInnovationHeader, acceptsColumns: acceptsInnovationColumns },
  schema: CreateInnovationSchema.body,
  fieldLabel,
  bodyOf,
  messages: INNOVATION_MESSAGES,
  rowChecker: innovationRowChecker,
  recheck: recheckInnovationRows,
  insertRows: (trx, context, bodies) => insertInnovations(trx, context, bodies),
  importedEvent: 'innovation.imported',
  template: { fileName: templateFileName, build: innovationTemplate },
  routes: innovationExportRoutes,
});
