/**
 * Responses are written by fast-json-stringify, compiled from each route's zod response schema
 * (its output JSON Schema), instead of fastify-type-provider-zod's serializer, which encodes
 * every answer through zod (a copy of the whole value) before JSON.stringify: under load that
 * was a tenth of what the app did beyond the SQL and the JSON.
 *
 * The whitelist stays: only declared fields are written, at every depth. zod's output schema
 * closes every object (`additionalProperties: false`); records keyed by an enum are turned into
 * objects with exactly those keys, because fast-json-stringify ignores `propertyNames` and would
 * write any key. A missing required field still fails the answer (a 500, logged): it is a bug.
 * Unlike zod, a value of the wrong type is coerced rather than refused (a number declared as a
 * string is written as a string); the fuzz suite checks every 2xx body against the schema.
 */
import fastJson, { type Schema } from 'fast-json-stringify';
import { z } from 'zod';

type JsonSchema = { [key: string]: unknown };

const isSchema = (value: unknown): value is JsonSchema => typeof value === 'object' && value !== null && !Array.isArray(value);

/** `anyOf: [X, null]` (zod's nullable object or array) as `type: [X, 'null']`: no trial validation per value. */
function mergeNullable(schema: JsonSchema): JsonSchema {
  const anyOf = schema.anyOf;
  if (!Array.isArray(anyOf) || anyOf.length !== 2) return schema;
  const nullIndex = anyOf.findIndex((branch) => isSchema(branch) && branch.type === 'null' && Object.keys(branch).length === 1);
  const other = anyOf[1 - nullIndex];
  if (nullIndex < 0 || !isSchema(other) || typeof other.type !== 'string') return schema;
  const { anyOf: _anyOf, ...rest } = schema;
  return { ...rest, ...other, type: [other.type, 'null'] };
}

/** An object keyed by an enum (z.record(z.enum(...), …)) as an object with exactly those keys. */
function closeEnumRecord(schema: JsonSchema): JsonSchema {
  const names = schema.propertyNames;
  if (!isSchema(names) || !Array.isArray(names.enum)) return schema;
  const { propertyNames: _names, additionalProperties: value, ...rest } = schema;
  const valueSchema = isSchema(value) ? value : {};
  return { ...rest, properties: Object.fromEntries(names.enum.map((key) => [String(key), valueSchema])), additionalProperties: false };
}

/** Keywords whose value is a schema, a list of schemas, or a map of names to schemas. */
const SUBSCHEMA = new Set(['items', 'additionalProperties', 'not', 'if', 'then', 'else', 'anyOf', 'oneOf', 'allOf', 'prefixItems']);
const SCHEMA_MAPS = new Set(['properties', 'patternProperties', 'definitions', '$defs']);

/** The schema fast-json-stringify compiles: nullable merged, enum records closed, at every depth. */
export function toSerializerSchema(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(toSerializerSchema);
  if (!isSchema(schema)) return schema;
  const shaped = closeEnumRecord(mergeNullable(schema));
  return Object.fromEntries(
    Object.entries(shaped).map(([key, value]) => {
      if (SUBSCHEMA.has(key)) return [key, toSerializerSchema(value)];
      if (SCHEMA_MAPS.has(key) && isSchema(value)) return [key, Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, toSerializerSchema(sub)]))];
      return [key, value];
    }),
  );
}

/** The JSON Schema of what a zod response schema lets through (its output side). */
export function responseJsonSchema(schema: z.ZodType): unknown {
  const { $schema: _dialect, ...json } = z.toJSONSchema(schema, { io: 'output', target: 'draft-7', reused: 'inline', unrepresentable: 'throw' });
  return toSerializerSchema(json);
}

/**
 * Fastify's serializer compiler for zod response schemas. Each route's function is compiled on
 * its first answer, so start-up does not pay for routes nobody calls.
 */
export function responseSerializerCompiler({ schema }: { schema: unknown }): (data: unknown) => string {
  let stringify: ((data: unknown) => string) | undefined;
  return (data) => {
    // A plugin's own route may declare plain JSON Schema; it is compiled as Fastify would.
    stringify ??= fastJson((schema instanceof z.ZodType ? responseJsonSchema(schema) : schema) as Schema) as (data: unknown) => string;
    return stringify(data);
  };
}
