import type { FormInstance } from 'antd';
import { ApiError } from '../api/api';

/**
 * Puts the API's per-field messages on the matching form items and scrolls to the first. Returns the
 * messages that matched no item, so the caller can still show them instead of losing them. Conflicts
 * (409: a duplicate code, a date before the previous stage …) carry their `fields` too, so there is no
 * client-side mapping from error codes to fields.
 */
export function applyFieldErrors(form: FormInstance, error: unknown): string[] {
  if (!(error instanceof ApiError) || error.fields.length === 0) return [];
  // Stored values (incl. initial ones) and registered items, even those left empty.
  const known = new Set([...Object.keys(form.getFieldsValue(true) as object), ...Object.keys(form.getFieldsValue() as object)]);
  const unmatched: string[] = [];
  const matched = error.fields.filter((field) => {
    const root = field.path.split('.')[0] ?? '';
    if (known.has(root)) return true;
    unmatched.push(field.message);
    return false;
  });
  const named = matched.map((field) => ({
    name: field.path.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part)),
    errors: [field.message],
  }));
  form.setFields(named);
  if (named[0]) form.scrollToField(named[0].name, { block: 'center' });
  return unmatched;
}

/**
 * What the server said about each part it refused (a file it cannot read, a sheet without a
 * header …), one line each; undefined when the error names no field. Shown under the general
 * message so a refusal never reads only "提交的内容有误".
 */
export function errorDetails(error: unknown): string | undefined {
  if (!(error instanceof ApiError) || error.fields.length === 0) return undefined;
  return error.fields.map((field) => field.message).join('；');
}

export function errorMessage(error: unknown): string | undefined {
  if (!error) return undefined;
  return error instanceof Error ? error.message : String(error);
}
