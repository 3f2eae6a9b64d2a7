/**
 * The web forms cap their fields with LIMITS (src/shared/limits.ts); the API refuses by its zod
 * schemas. This reads the limits the OpenAPI document states and fails when a form would let
 * through what the API refuses, or stop short of what it accepts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { INNOVATION_TRANSITIONS } from '../shared/innovations.enums.js';
import { LIMITS } from '../shared/limits.js';
import { readOpenApiDocument, type OpenApiDocument } from './openapi-document.js';

type Schema = { properties?: Record<string, Schema>; items?: Schema; maxLength?: number; maxItems?: number; anyOf?: Schema[] };
type Operation = { requestBody?: { content: Record<string, { schema: Schema }> }; parameters?: { in: string; name: string; schema: Schema }[] };

let document: OpenApiDocument;
beforeAll(async () => {
  document = await readOpenApiDocument();
});

function operation(path: string, method: string): Operation {
  const found = (document.paths[path] as Record<string, Operation> | undefined)?.[method];
  if (!found) throw new Error(`the document has no ${method.toUpperCase()} ${path}`);
  return found;
}

/** A property of an operation's JSON body, through nested objects and arrays ('effects', 'items', 'label'). */
function bodyField(path: string, method: string, ...steps: string[]): Schema {
  let schema = operation(path, method).requestBody?.content['application/json']?.schema;
  for (const step of steps) {
    // A nullable field may come as anyOf [its schema, null].
    const inner: Schema | undefined = schema?.anyOf?.find((member) => member.properties ?? member.items) ?? schema;
    schema = step === 'items' ? inner?.items : inner?.properties?.[step];
    if (!schema) throw new Error(`${method.toUpperCase()} ${path}: no body field ${steps.join('.')}`);
  }
  return schema!;
}

function queryField(path: string, method: string, name: string): Schema {
  const parameter = operation(path, method).parameters?.find((p) => p.in === 'query' && p.name === name);
  if (!parameter) throw new Error(`${method.toUpperCase()} ${path}: no query parameter ${name}`);
  return parameter.schema;
}

function maxLength(schema: Schema): number | undefined {
  return schema.maxLength ?? schema.anyOf?.find((member) => member.maxLength !== undefined)?.maxLength;
}

describe('web form limits match what the API accepts', () => {
  it('innovation record fields', () => {
    const create = (...steps: string[]) => bodyField('/api/innovations', 'post', ...steps);
    expect(maxLength(create('name'))).toBe(LIMITS.nameMax * 2);
    for (const list of ['effects', 'departments', 'tags']) expect(create(list).maxItems, list).toBe(LIMITS.listItemsMax);
    expect(maxLength(create('effects', 'items', 'label'))).toBe(LIMITS.effectLabelMax);
    expect(maxLength(create('effects', 'items', 'unit'))).toBe(LIMITS.effectUnitMax);
    expect(maxLength(create('effects', 'items', 'period'))).toBe(LIMITS.effectPeriodMax);
    expect(maxLength(create('effects', 'items', 'text'))).toBe(LIMITS.effectTextMax);
    expect(maxLength(create('departments', 'items'))).toBe(LIMITS.departmentMax);
    expect(maxLength(create('tags', 'items'))).toBe(LIMITS.tagMax);
  });

  it('every innovation transition that takes a comment or a batch caps it alike', () => {
    const caps = { comment: new Set<number | undefined>(), batch: new Set<number | undefined>() };
    for (const transition of INNOVATION_TRANSITIONS) {
      const body = operation(`/api/innovations/{id}/${transition}`, 'post').requestBody?.content['application/json']?.schema;
      const fields = body?.anyOf ?? (body ? [body] : []);
      for (const field of ['comment', 'batch'] as const) {
        for (const member of fields) if (member.properties?.[field]) caps[field].add(maxLength(member.properties[field]!));
      }
    }
    expect([...caps.comment]).toEqual([LIMITS.commentMax]);
    expect([...caps.batch]).toEqual([LIMITS.batchMax]);
  });

  it('zone short name and the list filters', () => {
    expect(maxLength(bodyField('/api/zones', 'post', 'shortName'))).toBe(LIMITS.shortNameMax);
    expect(maxLength(bodyField('/api/zones', 'post', 'nameEn'))).toBe(LIMITS.nameMax * 2);
    expect(maxLength(queryField('/api/innovations', 'get', 'q'))).toBe(LIMITS.searchQueryMax);
    expect(maxLength(queryField('/api/public/innovations', 'get', 'q'))).toBe(LIMITS.searchQueryMax);
    expect(maxLength(queryField('/api/users', 'get', 'q'))).toBe(LIMITS.filterTextMax);
    expect(maxLength(queryField('/api/audit', 'get', 'actor'))).toBe(LIMITS.filterTextMax);
  });
});
