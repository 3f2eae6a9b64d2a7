/**
 * Schema-breaking requests to every operation in /api/openapi.json, as the public and each role:
 * no 5xx, only declared answers, and nothing changes after a refusal. See src/testing/openapi-fuzz.ts.
 */
import { fuzzEveryOperation } from '../testing/openapi-fuzz.js';

fuzzEveryOperation('invalid', { index: 0, count: 3 });
