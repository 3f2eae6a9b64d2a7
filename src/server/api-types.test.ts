/**
 * The web client's API types are generated from the routes' schemas and committed; this fails
 * when the committed file is not what the routes give today, and when a call in the web client
 * or the e2e support writes a response shape by hand instead of naming a generated one.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { API_TYPES_FILE, generateApiTypes, withRecordKeys } from './api-types.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((path) => !path.includes(`${join('api', 'generated')}`));
}

describe('generated API types', () => {
  it('web/src/api/generated/openapi.ts is what the routes describe today', async () => {
    const expected = await generateApiTypes();
    const committed = readFileSync(API_TYPES_FILE, 'utf8');
    // toBe would print a 4,000-line diff; the line that differs and the fix say more.
    if (committed !== expected) {
      const committedLines = committed.split('\n');
      const expectedLines = expected.split('\n');
      const line = expectedLines.findIndex((text, index) => text !== committedLines[index]);
      expect.fail(
        `${relative(ROOT, API_TYPES_FILE)} is out of date (first difference at line ${line + 1}: ` +
          `expected ${JSON.stringify(expectedLines[line])}, found ${JSON.stringify(committedLines[line])}): run npm run gen:api-types`,
      );
    }
  });

  it('no call in the web client or the e2e support spells out a response shape', () => {
    const handWritten = /\b(?:request|upload|getJson)<\s*\{/;
    const offenders = [...sourceFiles(join(ROOT, 'web/src')), ...sourceFiles(join(ROOT, 'e2e'))]
      .flatMap((path) =>
        readFileSync(path, 'utf8')
          .split('\n')
          .map((text, index) => ({ text, where: `${relative(ROOT, path)}:${index + 1}` }))
          .filter(({ text }) => handWritten.test(text)),
      )
      .map(({ where, text }) => `${where}: ${text.trim()}`);
    expect(offenders, 'name the answer in web/src/api/types.ts (ApiResponse<path, method>) instead').toEqual([]);
  });
});

describe('withRecordKeys', () => {
  it('names the keys of an enum-keyed record as properties, so they survive into the types', () => {
    const record = { type: 'object', additionalProperties: { type: 'number' }, required: ['planning', 'operating'] };
    expect(withRecordKeys({ properties: { counts: record } })).toEqual({
      properties: {
        counts: { ...record, properties: { planning: { type: 'number' }, operating: { type: 'number' } } },
      },
    });
  });

  it('leaves objects with their own properties, open maps and arrays as they are', () => {
    const object = { type: 'object', properties: { id: { type: 'integer' } }, required: ['id'], additionalProperties: false };
    const openMap = { type: 'object', additionalProperties: { type: 'string' } };
    const list = [{ type: 'string' }, 3, null];
    expect(withRecordKeys({ object, openMap, list })).toEqual({ object, openMap, list });
  });
});
