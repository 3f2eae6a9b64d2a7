/**
 * Field schemas shared by the API and the web forms. Messages are keys of FIELD_MESSAGES,
 * localised at the edge (see validation.messages.ts).
 */
import { z } from 'zod';
import { LIMITS } from './limits.js';
import { DATE_MAX, DATE_MIN, isRealDate, todayInChina } from './partial-date.js';

/** The largest id the database stores (int4); anything above is refused before it reaches SQL. */
export const ID_MAX = 2_147_483_647;

/**
 * Text PostgreSQL can store: no NUL (text refuses it) and no lone UTF-16 surrogate (not
 * encodable as UTF-8). Every string the API takes passes this test, whatever its field.
 */
const NUL_OR_LONE_SURROGATE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
export const isStorableText = (value: string): boolean => !NUL_OR_LONE_SURROGATE.test(value);
/** The same text with each NUL and lone surrogate replaced by U+FFFD, for logs and audit entries. */
export const toStorableText = (value: string): string => value.replace(new RegExp(NUL_OR_LONE_SURROGATE.source, 'g'), '\uFFFD');

/** U+FFFD marks text that was broken before it arrived (see toStorableText): never part of a record. */
const REPLACEMENT_CHAR = /\uFFFD/;
const isCleanText = (value: string) => isStorableText(value) && !REPLACEMENT_CHAR.test(value);

/**
 * An e-mail address: trimmed, at most 254 characters (RFC 5321), ASCII local part and a domain
 * with a dot; what the database's check on users.email also holds.
 */
export const emailField = z
  .string()
  .max(254)
  .transform((value) => value.trim())
  .pipe(z.string().regex(/^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/, 'email_format'));

/** Text that is not stored as a name (search words, filters, passwords): bounded and storable. */
export const plainText = (max: number) => z.string().max(max).refine(isStorableText, 'bad_unicode');

/** C0/C1 controls (except tab/newline in long text) and emoji: never part of an official name. */
const CONTROL_OR_EMOJI = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B-\u200F\u2028-\u202E\uFEFF]|\p{Extended_Pictographic}/u;
const CONTROL_ONLY = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFEFF]/;

/** A one-line name: trimmed, non-blank, no controls or emoji. HTML is allowed and always shown as text. */
export const nameField = (max: number = LIMITS.nameMax) =>
  z
    .string()
    .max(max)
    .transform((value) => value.trim())
    .pipe(
      z
        .string()
        .min(1, 'not_blank')
        .refine((value) => !CONTROL_OR_EMOJI.test(value), 'no_control_chars')
        .refine(isCleanText, 'bad_unicode'),
    );

/** Free text (notes, descriptions): may span lines; controls are still refused. */
export const textField = (max: number = LIMITS.textMax) =>
  z
    .string()
    .max(max)
    .refine((value) => !CONTROL_ONLY.test(value), 'no_control_chars')
    .refine(isCleanText, 'bad_unicode')
    .transform((value) => value.trim());

export const optionalText = (max?: number) => textField(max).nullable().optional();

/**
 * A calendar date 'YYYY-MM-DD' in ASCII digits, checked to exist (no 2021-02-30) and within
 * the one range every date shares (DATE_MIN … DATE_MAX), so no year 0000 reaches the database.
 */
const realDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'date_format', abort: true })
  .refine(isRealDate, { message: 'date_invalid', abort: true });
const inDateRange = (value: string) => value >= DATE_MIN && value <= DATE_MAX;

export const dateField = realDate.refine(inDateRange, 'date_range');

/** A date something happened on (a decision, an adoption): not after today in China. */
export const pastDateField = realDate
  .refine((value) => value <= todayInChina(), { message: 'date_future', abort: true })
  .refine(inDateRange, 'date_range');

export const zoneCodeField = z.string().regex(/^[A-Z][A-Z0-9-]{1,31}$/, 'code_format');

/** Areas and other quantities are decimal strings so no binary float ever stores them. */
export const decimalField = z.string().regex(/^\d{1,10}(\.\d{1,2})?$/, 'decimal_format');

/** An id in a JSON body. */
export const idField = z.number().int().positive().max(ID_MAX);
/** An id in a path or query string, where it arrives as text. */
export const idText = z.coerce.number().int().positive().max(ID_MAX);

export const idParam = z.strictObject({ id: idText });

export const pageQuery = {
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(LIMITS.pageSizeMax).default(20),
};
