/**
 * Field schemas shared by the API and the web forms. Messages are keys of FIELD_MESSAGES,
 * localised at the edge (see validation-messages.ts).
 */
import { z } from 'zod';
import { LIMITS } from './limits.js';

/** C0/C1 controls (except tab/newline in long text) and emoji: never part of an official name. */
const CONTROL_OR_EMOJI = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B-\u200F\u2028-\u202E\uFEFF]|\p{Extended_Pictographic}/u;
const CONTROL_ONLY = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFEFF]/;

/** A one-line name: trimmed, non-blank, no controls or emoji. HTML is allowed and always shown as text. */
export const nameField = (max: number = LIMITS.nameMax) =>
  z
    .string()
    .max(max)
    .transform((value) => value.trim())
    .pipe(z.string().min(1, 'not_blank').refine((value) => !CONTROL_OR_EMOJI.test(value), 'no_control_chars'));

/** Free text (notes, descriptions): may span lines; controls are still refused. */
export const textField = (max: number = LIMITS.textMax) =>
  z
    .string()
    .max(max)
    .refine((value) => !CONTROL_ONLY.test(value), 'no_control_chars')
    .transform((value) => value.trim());

export const optionalText = (max?: number) => textField(max).nullable().optional();

/** A calendar date 'YYYY-MM-DD' in ASCII digits, checked to exist (no 2021-02-30). */
export const dateField = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'date_format')
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  }, 'date_invalid');

export const zoneCodeField = z.string().regex(/^[A-Z][A-Z0-9-]{1,31}$/, 'code_format');

/** Areas and other quantities are decimal strings so no binary float ever stores them. */
export const decimalField = z.string().regex(/^\d{1,10}(\.\d{1,2})?$/, 'decimal_format');

export const idParam = z.strictObject({ id: z.coerce.number().int().positive().max(2_147_483_647) });

export const pageQuery = {
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(LIMITS.pageSizeMax).default(20),
};
