import type { FormInstance } from 'antd';
import { ApiError } from '../api/api';

/**
 * Puts the API's per-field messages on the matching form items and scrolls to the first. Returns the
 * fields that matched no item, so the caller can still show them instead of losing them.
 * `codeFields` ties whole-request error codes to a field (e.g. DUPLICATE_CODE → 'code').
 */
export function applyFieldErrors(form: FormInstance, error: unknown, codeFields: Record<string, string> = {}): string[] {
  if (!(error instanceof ApiError)) return [];
  const codeField = codeFields[error.code];
  const fields = codeField && error.fields.length === 0 ? [{ path: codeField, message: error.message }] : error.fields;
  if (fields.length === 0) return [];
  const known = new Set([...Object.keys(form.getFieldsValue(true) as object), ...Object.values(codeFields)]);
  const unmatched: string[] = [];
  const matched = fields.filter((field) => {
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

export function errorMessage(error: unknown): string | undefined {
  if (!error) return undefined;
  return error instanceof Error ? error.message : String(error);
}
