/** The registry of import kinds: each gets its preview, template and commit routes from the engine. */
import type { AnyImportKind } from './import-kind.js';
import { indicatorImport } from './indicators/indicator-import.js';
import { innovationImport } from './innovations/innovation-import.js';
import { powerCasesImport, powerCatalogueImport } from './powers/power-imports.js';

export const IMPORT_KINDS: readonly AnyImportKind[] = [innovationImport, indicatorImport, powerCatalogueImport, powerCasesImport];

const BY_NAME = new Map(IMPORT_KINDS.map((kind) => [kind.kind, kind]));

/** The kind a stored batch was previewed as. */
export function importKindOf(name: string): AnyImportKind {
  const kind = BY_NAME.get(name);
  if (!kind) throw new Error(`import kind "${name}" is not registered`);
  return kind;
}
