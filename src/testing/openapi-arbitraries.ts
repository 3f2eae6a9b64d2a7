/**
 * fast-check arbitraries generated from the app's own OpenAPI document: for each operation,
 * requests that satisfy its schemas (path, query, JSON body) and requests that break them in
 * one way each (wrong type, out of range, unknown field, hostile text, malformed header …).
 *
 * Valid values lean towards what the domain uses (real ids from the database, real dates,
 * Chinese names), so that valid requests get past validation and reach the handlers.
 */
import fc from 'fast-check';

export type JsonSchema = {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  nullable?: boolean;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number | boolean;
  exclusiveMaximum?: number | boolean;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  default?: unknown;
};

export type Parameter = { in: 'path' | 'query' | 'header'; name: string; required?: boolean; schema: JsonSchema };
export type Operation = {
  method: string;
  path: string;
  parameters: Parameter[];
  body: JsonSchema | null;
  /** Multipart uploads: OpenAPI carries no body schema for them. */
  isMultipart: boolean;
  responses: Record<string, { content?: Record<string, { schema: JsonSchema }> }>;
};

export type FuzzRequest = {
  method: string;
  url: string;
  headers: Record<string, string>;
  /** A JSON value, raw text, or a Buffer (multipart). undefined = no body. */
  payload?: unknown;
  rawPayload?: string | Buffer;
};

/** Values real records have: ids near the demo data, dates that exist, names offices write. */
export type Domain = { ids: number[]; uuids: string[] };

const WORDS = ['跨境电商', '保税', '自贸试验区', '宜宾', '内江', '通关', '“一站式”', '<b>加粗</b>', "'; DROP TABLE x; --", 'Q&A', '全角１２３', '川南临港片区', 'a'];

const HOSTILE_TEXT = ['\u0000', 'a\u0000b', '\ud800', 'x\udfffy', '\u202e反转', '🚢', '\u0007', ' ', '', 'x'.repeat(70_000), '%00', '../../etc/passwd', '{{7*7}}', '\r\n\r\nX-Injected: 1'];

const HOSTILE_IDS = ['0', '-1', '2147483648', '99999999999999999999', '1e400', '1.5', 'abc', '%00', '1%20OR%201=1', 'NaN', '0x10', ' 1', ''];

const MALFORMED_HEADERS: Record<string, string>[] = [
  { origin: 'null' },
  { origin: 'http://[' },
  { origin: 'not a url' },
  { origin: 'https://evil.example' },
  { referer: 'https://evil.example/x' },
  { 'accept-language': '\u00ff\u00fe;q=abc,,,' },
  { cookie: 'yz_sid=%%%; yz_sid=' },
  { 'content-type': 'application/json; charset=utf-7' },
  { 'content-type': 'text/plain' },
  { 'x-forwarded-for': '999.999.999.999, not-an-ip' },
];

const dateText = (precision: 'day' | 'month' | 'year') =>
  fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date(), noInvalidDate: true }).map((date) => date.toISOString().slice(0, precision === 'day' ? 10 : precision === 'month' ? 7 : 4));

const isNullable = (schema: JsonSchema) => schema.nullable === true || (Array.isArray(schema.type) && schema.type.includes('null'));
const typeOf = (schema: JsonSchema) => (Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type);

function integerBounds(schema: JsonSchema): { min: number; max: number } {
  let min = schema.minimum ?? -2_147_483_648;
  let max = schema.maximum ?? 2_147_483_647;
  if (schema.exclusiveMinimum === true) min += 1;
  else if (typeof schema.exclusiveMinimum === 'number') min = schema.exclusiveMinimum + 1;
  if (schema.exclusiveMaximum === true) max -= 1;
  else if (typeof schema.exclusiveMaximum === 'number') max = schema.exclusiveMaximum - 1;
  return { min: Math.ceil(min), max: Math.floor(max) };
}

function stringArbitrary(schema: JsonSchema, domain: Domain): fc.Arbitrary<string> {
  const maxLength = schema.maxLength ?? 200;
  const minLength = schema.minLength ?? 0;
  if (schema.format === 'uuid') return fc.oneof(fc.constantFrom(...(domain.uuids.length ? domain.uuids : ['00000000-0000-0000-0000-000000000000'])), fc.uuid());
  if (schema.pattern) {
    if (schema.pattern.startsWith('^\\d{4}')) {
      const precisions: ('day' | 'month' | 'year')[] = schema.pattern.includes('(-') ? ['day', 'month', 'year'] : ['day'];
      return fc.oneof(...precisions.map(dateText));
    }
    return fc.stringMatching(new RegExp(schema.pattern)).filter((value) => value.length >= minLength && value.length <= maxLength);
  }
  const words = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 4 }).map((parts) => parts.join(''));
  return fc.oneof(words, fc.string({ unit: 'grapheme', maxLength: Math.min(maxLength, 40) })).filter((value) => value.length >= minLength && value.length <= maxLength);
}

/** Values the schema accepts. */
export function validValue(schema: JsonSchema, domain: Domain): fc.Arbitrary<unknown> {
  const inner = validNonNull(schema, domain);
  return isNullable(schema) ? fc.oneof({ weight: 4, arbitrary: inner }, { weight: 1, arbitrary: fc.constant(null) }) : inner;
}

function validNonNull(schema: JsonSchema, domain: Domain): fc.Arbitrary<unknown> {
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants) return fc.oneof(...variants.map((variant) => validValue(variant, domain)));
  if (schema.allOf?.length) return validValue(Object.assign({}, ...schema.allOf), domain);
  switch (typeOf(schema)) {
    case 'integer': {
      const { min, max } = integerBounds(schema);
      const near = domain.ids.filter((id) => id >= min && id <= max);
      return near.length ? fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...near) }, { weight: 1, arbitrary: fc.integer({ min, max }) }) : fc.integer({ min, max });
    }
    case 'number': {
      const { min, max } = integerBounds(schema);
      return fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
    }
    case 'boolean':
      return fc.boolean();
    case 'string':
      return stringArbitrary(schema, domain);
    case 'array':
      return fc.array(validValue(schema.items ?? {}, domain), { minLength: schema.minItems ?? 0, maxLength: Math.min(schema.maxItems ?? 5, 5) });
    case 'object':
      return objectArbitrary(schema, domain);
    default:
      return fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null));
  }
}

function objectArbitrary(schema: JsonSchema, domain: Domain): fc.Arbitrary<Record<string, unknown>> {
  const properties = schema.properties ?? {};
  const required = new Set(schema.required ?? []);
  const keys = Object.keys(properties);
  if (!keys.length) return fc.constant({});
  const model = Object.fromEntries(keys.map((key) => [key, validValue(properties[key]!, domain)]));
  return fc.record(model, { requiredKeys: keys.filter((key) => required.has(key)) }) as fc.Arbitrary<Record<string, unknown>>;
}

/** One value the schema refuses: the wrong type, out of range, too long, or not one of its values. */
export function invalidValue(schema: JsonSchema): fc.Arbitrary<unknown> {
  const wrongTypes: fc.Arbitrary<unknown>[] = [fc.constant({ nested: true }), fc.constant([1, 2]), fc.constant(true)];
  const type = typeOf(schema);
  if (type !== 'string') wrongTypes.push(fc.constantFrom(...HOSTILE_TEXT));
  if (type !== 'integer' && type !== 'number') wrongTypes.push(fc.constantFrom(-1, 0, 1.5, 2_147_483_648, Number.MAX_SAFE_INTEGER, 1e308));
  if (!isNullable(schema)) wrongTypes.push(fc.constant(null));
  if (schema.enum) wrongTypes.push(fc.constantFrom('casino', 'RECOGNIZED', '已认定', ''));
  if (type === 'integer' || type === 'number') {
    const { min, max } = integerBounds(schema);
    wrongTypes.push(fc.constantFrom(min - 1, max + 1, 2_147_483_648, -2_147_483_649, 0.5, 1e308));
  }
  if (type === 'string') {
    if (schema.maxLength !== undefined) wrongTypes.push(fc.constant('长'.repeat(schema.maxLength + 1)));
    if (schema.pattern) wrongTypes.push(fc.constantFrom('0000-01-01', '9999-12-31', '2021-02-30', '２０２１-01-01', '2021/1/1', 'x'));
  }
  if (type === 'array' && schema.maxItems !== undefined) wrongTypes.push(fc.constant(Array.from({ length: schema.maxItems + 1 }, () => 'x')));
  return fc.oneof(...wrongTypes);
}

/** Text that is valid JSON-wise but that every text field must refuse or store as text. */
export const hostileText = fc.constantFrom(...HOSTILE_TEXT);
export const hostileId = fc.constantFrom(...HOSTILE_IDS);
export const malformedHeaders = fc.constantFrom(...MALFORMED_HEADERS);

/** The operations in an OpenAPI document (its paths), with $refs left as they are (the app emits none). */
export function operationsOf(document: { paths: Record<string, Record<string, Record<string, unknown>>> }): Operation[] {
  const operations: Operation[] = [];
  for (const [path, methods] of Object.entries(document.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const content = (op.requestBody as { content?: Record<string, { schema: JsonSchema }> } | undefined)?.content;
      operations.push({
        method: method.toUpperCase(),
        path,
        parameters: (op.parameters as Parameter[] | undefined) ?? [],
        body: content?.['application/json']?.schema ?? null,
        isMultipart: /attachments$|preview$/.test(path) && method === 'post',
        responses: (op.responses as Operation['responses']) ?? {},
      });
    }
  }
  return operations;
}

/** encodeURIComponent, except that a lone surrogate (which it refuses) goes as the bytes a broken client sends. */
export function percentEncode(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return '%ED%A0%80';
  }
}

export function encodeQuery(query: Record<string, unknown>): string {
  const parts = Object.entries(query)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${encodeURIComponent(key)}=${typeof value === 'string' && /^%|%00|%20/.test(value) ? value : percentEncode(String(value))}`);
  return parts.length ? `?${parts.join('&')}` : '';
}
