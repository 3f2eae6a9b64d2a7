/** npm run gen:api-types: regenerates web/src/api/generated/openapi.ts from the routes' schemas. */
import { readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { API_TYPES_FILE, generateApiTypes } from '../src/server/api-types.js';

const text = await generateApiTypes();
let current = '';
try {
  current = readFileSync(API_TYPES_FILE, 'utf8');
} catch {
  // First run: no file yet.
}
const where = relative(process.cwd(), API_TYPES_FILE);
if (current === text) {
  console.log(`${where} is up to date`);
} else {
  writeFileSync(API_TYPES_FILE, text);
  console.log(`wrote ${where}`);
}
