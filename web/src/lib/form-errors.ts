import type { FormInstance } from 'antd';
import { ApiError } from '../api/api';

/**
 * Puts the API's per-field messages on the matching form items. Returns the fields that matched
 * no item, so the caller can still show them (e.g. in an alert) instead of losing them.
 */
export function applyFieldErrors(form: FormInstance, error: unknown): string[] {
  if (!(error instanceof ApiError) || error.fields.length === 0) return [];
  const known = new Set(Object.keys(form.getFieldsValue(true) as object));
  const unmatched: string[] = [];
  const matched = error.fields.filter((field) => {
    const root = field.path.split('.')[0] ?? '';
    if (known.has(root)) return true;
    unmatched.push(field.message);
    return false;
  });
  form.setFields(
    matched.map((field) => ({
      name: field.path.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part)),
      errors: [field.message],
    })),
  );
  return unmatched;
}

export function errorMessage(error: unknown): string | undefined {
  if (!error) return undefined;
  return error instanceof Error ? error.message : String(error);
}
