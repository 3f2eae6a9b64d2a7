/**
 * The harness behind src/server/openapi-fuzz-{valid,invalid}.test.ts: every operation in
 * /api/openapi.json, as the public and as each demo role, gets at least FUZZ_RUNS requests that
 * satisfy its schemas (one file) and FUZZ_RUNS that break them (the other). It fails on any 5xx, on a response that does not match what the
 * operation declares (2xx bodies against their schema, errors as { error: { code, message } }),
 * and on any change to the data after a refusal.
 *
 * The seed is printed; FUZZ_SEED=<n> replays a run, FUZZ_RUNS=<n> changes its size.
 */
import { Ajv, type ValidateFunction } from 'ajv';
import ajvFormats from 'ajv-formats';
import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { multipart } from './files-test-app.js';
import { createTestApp, DEMO_USERS, type DemoUser, type TestApp } from './test-app.js';
import { TEST_PASSWORD } from './constants.js';
import {
  encodeQuery,
  hostileId,
  hostileText,
  invalidValue,
  malformedHeaders,
  operationsOf,
  percentEncode,
  validValue,
  type Domain,
  type FuzzRequest,
  type JsonSchema,
  type Operation,
} from './openapi-arbitraries.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : Date.now() % 2_147_483_647;
type Role = DemoUser | null;
const ROLES: Role[] = [null, ...DEMO_USERS];
const RUNS_PER_ROLE = Math.ceil(RUNS / ROLES.length);
/** Tables a refusal may touch: the session's last-seen time and the sign-in throttle. */
const VOLATILE_TABLES = new Set(['sessions', 'login_throttle', 'schema_migrations']);
/** A refused sign-in is still recorded (audit, throttle): that is its job. */
const RECORDS_REFUSALS = new Set(['POST /api/auth/login']);

let t: TestApp;
/** The error behind the latest 5xx, shown in the failure. */
let lastError: Error | null = null;
let operations: Operation[];
let domain: Domain;
let tables: string[];
const cookies = new Map<DemoUser, string>();
const ajv = new Ajv({ strict: false, allErrors: false });
// ajv-formats is CommonJS: its function is the default export's default.
(ajvFormats as unknown as { default: (instance: Ajv) => void }).default(ajv);
const validators = new Map<string, ValidateFunction>();
/** The demo accounts as loaded: the security admin's account routes may reset or disable them. */
let demoAccounts: Record<string, unknown>[] = [];

function setUp() {
beforeAll(async () => {
  // Generous limits: the fuzzer signs in again whenever a request ended its session.
  t = await createTestApp({ loginRateLimitPerMinute: 1_000_000, lockoutThreshold: 1_000_000 }, (app) =>
    app.addHook('onError', async (_request, _reply, error) => {
      lastError = error;
    }),
  );
  const document = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
  operations = operationsOf(document);
  const db = t.database.db;
  const idRows = await sql<{ id: number }>`
    SELECT id FROM zones UNION SELECT id FROM innovations UNION SELECT id FROM platforms
    UNION SELECT id FROM innovation_adoptions UNION SELECT id FROM attachments
    UNION (SELECT id FROM power_delegations ORDER BY id LIMIT 20)`.execute(db);
  const uuidRows = await db.selectFrom('import_batches').select('id').execute();
  domain = { ids: [...idRows.rows.map((row) => Number(row.id)), 1, 2, 3], uuids: uuidRows.map((row) => String(row.id)) };
  const tableRows = await sql<{ name: string }>`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`.execute(db);
  tables = tableRows.rows.map((row) => row.name).filter((name) => !VOLATILE_TABLES.has(name));
  demoAccounts = await db.selectFrom('users').selectAll().execute();
  console.log(`openapi fuzz: ${operations.length} operations × ${ROLES.length} roles, ≥${RUNS_PER_ROLE * ROLES.length} requests each, seed ${SEED} (FUZZ_SEED=${SEED} replays it)`);
}, 120_000);
afterAll(() => t.close());
}

/** Row count and newest row version (xmin) per table: any insert, update or delete moves one. */
async function fullFingerprint(): Promise<string> {
  const parts = tables.map((name) => `SELECT '${name}' AS t, count(*) AS n, coalesce(max(xmin::text::bigint), 0) AS x FROM "${name}"`);
  // Ordered: PostgreSQL may return the branches of a UNION ALL in any order (seen: the same data
  // fingerprinted twice in two orders read as "data changed after a refusal").
  const result = await sql.raw<{ t: string; n: number; x: number }>(`${parts.join(' UNION ALL ')} ORDER BY t`).execute(t.database.db);
  return result.rows.map((row) => `${row.t}:${row.n}:${row.x}`).join(' ');
}

/**
 * A transaction id is assigned only to a transaction that writes (or locks rows), so while the
 * next unassigned id stays the same nothing can have changed. On PGlite this database is the
 * only one on its engine, so that one cheap query usually spares the table scans; on a shared
 * PostgreSQL server other databases move it all the time and the full fingerprint decides.
 */
let lastXmax: string | null = null;
let lastFingerprint = '';
async function fingerprint(): Promise<string> {
  const { rows } = await sql<{ x: string }>`SELECT pg_snapshot_xmax(pg_current_snapshot())::text AS x`.execute(t.database.db);
  if (rows[0]!.x === lastXmax) return lastFingerprint;
  lastFingerprint = await fullFingerprint();
  lastXmax = rows[0]!.x;
  return lastFingerprint;
}

/** Which tables two fingerprints disagree on, as table:rows:newest-xmin before → after. */
function changedTables(before: string, after: string): string {
  const parts = (fingerprint: string) => new Map(fingerprint.split(' ').map((part) => [part.split(':')[0]!, part]));
  const was = parts(before);
  return [...parts(after)].filter(([name, part]) => was.get(name) !== part).map(([name, part]) => `${was.get(name) ?? name} → ${part}`).join(', ');
}

async function cookieFor(user: DemoUser): Promise<string> {
  const cached = cookies.get(user);
  if (cached) return cached;
  const response = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: user, password: TEST_PASSWORD } });
  const value = response.cookies.find((cookie) => cookie.name === 'yz_sid')?.value;
  if (!value) throw new Error(`cannot sign in as ${user}: ${response.statusCode} ${response.body}`);
  cookies.set(user, `yz_sid=${value}`);
  return cookies.get(user)!;
}

function validatorFor(op: Operation, status: number): ValidateFunction | null {
  const schema = (op.responses[String(status)] ?? op.responses.default)?.content?.['application/json']?.schema;
  if (!schema) return null;
  const key = `${op.method} ${op.path} ${status}`;
  if (!validators.has(key)) validators.set(key, ajv.compile(toDraft7(schema) as object));
  return validators.get(key)!;
}

/**
 * OpenAPI 3.0 into what Ajv checks: boolean exclusiveMinimum/Maximum become the numbers draft 7
 * expects, and a nullable enum lists null (Ajv's `nullable` does not extend `enum`).
 */
function toDraft7(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(toDraft7);
  if (!schema || typeof schema !== 'object') return schema;
  const out: Record<string, unknown> = {};
  const source = schema as Record<string, unknown>;
  for (const [key, value] of Object.entries(source)) {
    if (key === 'exclusiveMinimum' && typeof value === 'boolean') {
      if (value) out.exclusiveMinimum = source.minimum;
      continue;
    }
    if (key === 'exclusiveMaximum' && typeof value === 'boolean') {
      if (value) out.exclusiveMaximum = source.maximum;
      continue;
    }
    if ((key === 'minimum' && source.exclusiveMinimum === true) || (key === 'maximum' && source.exclusiveMaximum === true)) continue;
    out[key] = toDraft7(value);
  }
  if (source.nullable === true && Array.isArray(source.enum) && !source.enum.includes(null)) out.enum = [...source.enum, null];
  return out;
}

const SAME_SITE = { origin: 'http://localhost:80' };

function paramsOf(op: Operation, where: 'path' | 'query') {
  return op.parameters.filter((parameter) => parameter.in === where);
}

function buildUrl(op: Operation, path: Record<string, string>, query: Record<string, unknown>): string {
  const filled = op.path.replace(/\{(\w+)\}/g, (_, name: string) => path[name] ?? '1');
  return filled + encodeQuery(query);
}

function validParts(op: Operation) {
  const pathArb = fc.record(Object.fromEntries(paramsOf(op, 'path').map((p) => [p.name, validValue(p.schema, domain).map(String)])));
  const queryParams = paramsOf(op, 'query');
  const queryArb = fc.record(Object.fromEntries(queryParams.map((p) => [p.name, validValue(p.schema, domain)])), {
    requiredKeys: queryParams.filter((p) => p.required).map((p) => p.name),
  }) as fc.Arbitrary<Record<string, unknown>>;
  const bodyArb: fc.Arbitrary<unknown> = op.body ? validValue(op.body, domain) : fc.constant(undefined);
  return { pathArb, queryArb, bodyArb };
}

const uploadArb = fc
  .record({ bytes: fc.uint8Array({ maxLength: 300 }), fileName: fc.oneof(fc.constantFrom('成果.xlsx', '佐证.pdf', 'a.png'), fc.string({ maxLength: 30 })) })
  .map(({ bytes, fileName }) => multipart([{ name: 'file', fileName: fileName || 'x', content: Buffer.from(bytes) }]));

function validRequest(op: Operation): fc.Arbitrary<FuzzRequest> {
  const { pathArb, queryArb, bodyArb } = validParts(op);
  return fc.record({ path: pathArb, query: queryArb, body: bodyArb, upload: uploadArb, sameSite: fc.boolean() }).map(({ path, query, body, upload, sameSite }) => {
    const url = buildUrl(op, path, query);
    const headers: Record<string, string> = sameSite ? { ...SAME_SITE } : {};
    if (op.isMultipart) return { method: op.method, url, headers: { ...headers, ...upload.headers }, rawPayload: upload.payload };
    return { method: op.method, url, headers, payload: body };
  });
}

/** A valid request with one thing broken. */
function invalidRequest(op: Operation): fc.Arbitrary<FuzzRequest> {
  const { pathArb, queryArb, bodyArb } = validParts(op);
  const mutations: fc.Arbitrary<(request: { path: Record<string, string>; query: Record<string, unknown>; body: unknown; headers: Record<string, string> }) => FuzzRequest | void>[] = [];
  const pathParams = paramsOf(op, 'path');
  const queryParams = paramsOf(op, 'query');
  if (pathParams.length) {
    mutations.push(fc.record({ name: fc.constantFrom(...pathParams.map((p) => p.name)), value: fc.oneof(hostileId, hostileText.map(percentEncode)) }).map(({ name, value }) => (r) => void (r.path[name] = value)));
  }
  if (queryParams.length) {
    mutations.push(
      fc.record({ name: fc.constantFrom(...queryParams.map((p) => p.name)), value: fc.oneof(hostileText, ...queryParams.map((p) => invalidValue(p.schema))) }).map(({ name, value }) => (r) => void (r.query[name] = typeof value === 'object' && value !== null ? JSON.stringify(value) : value)),
    );
  }
  mutations.push(fc.constantFrom('unknownParam', 'page').map((name) => (r) => void (r.query[name] = name === 'page' ? '-5' : 'x')));
  if (op.body) {
    const properties = Object.entries(op.body.properties ?? {});
    if (properties.length) {
      mutations.push(
        fc
          .record({ index: fc.nat(properties.length - 1), wrong: fc.oneof(...properties.map(([, schema]) => invalidValue(schema))), hostile: hostileText, useHostile: fc.boolean() })
          .map(({ index, wrong, hostile, useHostile }) => (r) => {
            const [name, schema] = properties[index]!;
            const body = (r.body && typeof r.body === 'object' ? r.body : {}) as Record<string, unknown>;
            body[name] = useHostile && (schema as JsonSchema).type === 'string' ? hostile : wrong;
            r.body = body;
          }),
      );
    }
    const required = op.body.required ?? [];
    if (required.length) mutations.push(fc.constantFrom(...required).map((name) => (r) => void (r.body && typeof r.body === 'object' && delete (r.body as Record<string, unknown>)[name])));
    mutations.push(fc.constant((r) => void (r.body = { ...(r.body as object), 'unknown-field': 1 })));
    mutations.push(fc.constantFrom<unknown>([], 42, 'text', null, true).map((whole) => (r) => void (r.body = whole)));
  }
  mutations.push(
    fc.constantFrom('{"name": ', '{"a":1}{', '\u0000', 'x'.repeat(300 * 1024)).map((raw) => (r) => ({
      method: op.method,
      url: buildUrl(op, r.path, r.query),
      headers: { ...r.headers, 'content-type': 'application/json' },
      rawPayload: raw,
    })),
  );
  mutations.push(malformedHeaders.map((headers) => (r) => void Object.assign(r.headers, headers)));
  return fc.record({ path: pathArb, query: queryArb, body: bodyArb, mutate: fc.oneof(...mutations) }).map(({ path, query, body, mutate }) => {
    const request = { path: { ...path }, query: { ...query }, body: structuredClone(body), headers: { ...SAME_SITE } as Record<string, string> };
    const replaced = mutate(request);
    if (replaced) return replaced;
    const url = buildUrl(op, request.path, request.query);
    return { method: op.method, url, headers: request.headers, payload: request.body };
  });
}

async function send(role: Role, request: FuzzRequest) {
  const headers: Record<string, string> = { 'accept-language': 'zh-CN', ...request.headers };
  if (role && !headers.cookie) headers.cookie = await cookieFor(role);
  const payload = request.rawPayload ?? (request.payload === undefined ? undefined : JSON.stringify(request.payload));
  if (payload !== undefined && request.rawPayload === undefined) headers['content-type'] ??= 'application/json';
  const response = await t.app.inject({ method: request.method as 'GET', url: request.url, headers, payload });
  // The request may have ended the session (sign-out): sign in again next time.
  if (role && (request.url.startsWith('/api/auth/logout') || response.statusCode === 401)) cookies.delete(role);
  return response;
}

/**
 * Puts the demo accounts back as they were loaded after an account change succeeded (a reset
 * password or a disabled account would lock the fuzzer out of that role). The next request's
 * "before" is taken afresh.
 */
async function restoreDemoAccounts() {
  for (const { id, ...row } of demoAccounts) await t.database.db.updateTable('users').set(row).where('id', '=', id as number).execute();
  lastXmax = null;
  current = null;
}

/** The fingerprint after the latest request: the "before" of the next one, saving a query per request. */
let current: string | null = null;

async function check(op: Operation, role: Role, request: FuzzRequest) {
  if (role && !cookies.has(role)) {
    await cookieFor(role); // a sign-in is audited: do it before taking the fingerprint
    current = null;
  }
  const before = current ?? (await fingerprint());
  lastError = null;
  const response = await send(role, request);
  // A started job runs after the answer: let it finish, retries included, or its writes would count against the next refusal.
  await t.app.jobs.whenIdle(60_000, { retriesNow: true });
  current = await fingerprint();
  if (response.statusCode < 300 && op.method !== 'GET' && op.path.startsWith('/api/users')) await restoreDemoAccounts();
  const where = `${request.method} ${request.url.slice(0, 200)} as ${role ?? 'public'} → ${response.statusCode}`;
  expect(response.statusCode, `${where}: ${response.body.slice(0, 300)} ${(lastError as Error | null)?.stack?.slice(0, 800) ?? ''}`).toBeLessThan(500);
  if (response.statusCode < 300) {
    expect(Object.keys(op.responses), `${where}: status not declared`).toContain(String(response.statusCode));
    const validate = validatorFor(op, response.statusCode);
    if (validate && String(response.headers['content-type']).includes('json')) {
      expect(validate(response.json()), `${where}: ${ajv.errorsText(validate.errors)}`).toBe(true);
    }
    return;
  }
  const body = response.json() as { error?: { code?: unknown; message?: unknown } };
  expect(typeof body.error?.code, `${where}: ${response.body.slice(0, 200)}`).toBe('string');
  expect(String(body.error?.message ?? ''), where).toMatch(/[\u4e00-\u9fa5]/);
  if (!RECORDS_REFUSALS.has(`${op.method} ${op.path}`)) expect(current, `${where}: data changed after a refusal (${changedTables(before, current)})`).toBe(before);
}

/** Registers the fuzz test for `kind` requests over every operation, as every role. */
/**
 * `shard` splits the operations between test files (operation i goes to shard i mod count): the
 * fuzz is most of the unit suite's time, and in one file per kind it kept one of the two workers
 * busy long after the other had finished everything else.
 */
export function fuzzEveryOperation(kind: 'valid' | 'invalid', shard: { index: number; count: number } = { index: 0, count: 1 }) {
  setUp();
  describe(`every operation in the OpenAPI document, ${kind} requests, part ${shard.index + 1} of ${shard.count}`, () => {
    it('documents the operations the fuzzer expects', () => {
      expect(operations.length).toBeGreaterThanOrEqual(40);
    });

    it(
      'answers with a declared status and no 5xx, for every role, and a refusal changes nothing',
      async () => {
        const arbitraryFor = kind === 'valid' ? validRequest : invalidRequest;
        // FUZZ_PATHS=substring,… narrows a local run to some operations (never set in CI).
        const only = process.env.FUZZ_PATHS?.split(',').filter(Boolean);
        const chosen = operations.filter((op, i) => (only ? only.some((part) => op.path.includes(part)) : i % shard.count === shard.index));
        for (const op of chosen) {
          for (const role of ROLES) {
            await fc.assert(
              fc.asyncProperty(arbitraryFor(op), async (request) => {
                await check(op, role, request);
              }),
              { seed: SEED, numRuns: RUNS_PER_ROLE, endOnFailure: true },
            );
          }
        }
      },
      1_200_000,
    );
  });
}
