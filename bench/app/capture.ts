/**
 * What the app does for each endpoint, recorded so a bare server can do the same and nothing
 * else: the SQL statements it sends (text and parameters, grouped into the batches it sends
 * together) and the JSON it answers. The app is built in this process on the bench's database
 * and each endpoint is called twice; the second call is the one recorded (warm caches, as
 * under load).
 */
import { PostgresQueryCompiler, type KyselyPlugin, type QueryResult, type UnknownRow } from 'kysely';
import type { FastifyInstance } from 'fastify';
import type { DatabaseHandle } from '../../src/db/client.js';
import type { Config } from '../../src/kernel/config.js';

/** The app factory and its settings, from this checkout or another one (an earlier commit). */
export type AppModules = {
  build: (options: { database: DatabaseHandle; config: Config }) => Promise<FastifyInstance>;
  loadConfig: (env: NodeJS.ProcessEnv, argv: string[]) => Config;
};

export type CapturedQuery = { sql: string; parameters: unknown[] };
export type CapturedEndpoint = {
  label: string;
  path: string;
  /** Sent with the app's session cookie. */
  signedIn: boolean;
  /** Statements sent while another was in flight are in the same batch (Promise.all). */
  batches: CapturedQuery[][];
  status: number;
  body: unknown;
  bytes: number;
};
export type Capture = { engine: string; endpoints: CapturedEndpoint[] };

export type EndpointSpec = { label: string; path: string; signedIn: boolean };

export const DEMO_ADMIN = { username: 'admin', password: 'Yanzhen@2026' };

/** The main read endpoints, with ids of demo records looked up through the API. */
export async function mainEndpoints(get: (path: string, signedIn: boolean) => Promise<unknown>): Promise<EndpointSpec[]> {
  const zones = (await get('/api/zones', false)) as { items: { id: number; code: string }[] };
  const zoneId = zones.items.find((zone) => zone.code === 'SC-P-YB')!.id;
  const platforms = (await get('/api/platforms?pageSize=20', true)) as { items: { id: number }[] };
  const cases = (await get('/api/public/innovations?pageSize=20', false)) as { items: { id: number }[] };
  const platformId = platforms.items[0]!.id;
  const innovationId = cases.items[0]!.id;
  return [
    { label: 'health', path: '/api/health', signedIn: false },
    { label: 'zones list', path: '/api/zones', signedIn: false },
    { label: 'zone detail', path: `/api/zones/${zoneId}`, signedIn: false },
    { label: 'platforms list (staff)', path: '/api/platforms?pageSize=20', signedIn: true },
    { label: 'platform detail (staff)', path: `/api/platforms/${platformId}`, signedIn: true },
    { label: 'innovations list (staff)', path: '/api/innovations?pageSize=20', signedIn: true },
    { label: 'innovation detail (staff)', path: `/api/innovations/${innovationId}`, signedIn: true },
    { label: 'case library list', path: '/api/public/innovations?pageSize=20', signedIn: false },
    { label: 'case library search', path: `/api/public/innovations?q=${encodeURIComponent('保税')}`, signedIn: false },
    { label: 'case detail', path: `/api/public/innovations/${innovationId}`, signedIn: false },
    { label: 'stats overview', path: '/api/stats/overview', signedIn: false },
    { label: 'stats formation', path: '/api/stats/formation', signedIn: false },
    { label: 'me', path: '/api/me', signedIn: true },
  ];
}

/**
 * Records every statement sent through the Kysely instance it is plugged into. Kysely also runs
 * plugins over subqueries as they are built, so a statement counts only once its result comes
 * back; it started at its last transform.
 */
class QueryRecorder implements KyselyPlugin {
  private readonly compiler = new PostgresQueryCompiler();
  private step = 0;
  private started = new Map<unknown, { query: CapturedQuery; start: number }>();
  private executed: { query: CapturedQuery; start: number; end: number }[] = [];
  recording = false;

  transformQuery: KyselyPlugin['transformQuery'] = ({ node, queryId }) => {
    if (this.recording) {
      const compiled = this.compiler.compileQuery(node, queryId);
      this.started.set(queryId, { query: { sql: compiled.sql, parameters: [...compiled.parameters] }, start: this.step++ });
    }
    return node;
  };

  transformResult = async ({ result, queryId }: { result: QueryResult<UnknownRow>; queryId: unknown }) => {
    const started = this.started.get(queryId);
    if (this.recording && started) this.executed.push({ ...started, end: this.step++ });
    return result;
  };

  start(): void {
    this.recording = true;
    this.step = 0;
    this.started.clear();
    this.executed = [];
  }

  /** Statements in the order sent; one sent before the batch's first one came back joins that batch. */
  stop(): CapturedQuery[][] {
    this.recording = false;
    const batches: { end: number; queries: CapturedQuery[] }[] = [];
    for (const statement of [...this.executed].sort((a, b) => a.start - b.start)) {
      const batch = batches[batches.length - 1];
      if (batch && statement.start < batch.end) {
        batch.queries.push(statement.query);
        batch.end = Math.min(batch.end, statement.end);
      } else {
        batches.push({ end: statement.end, queries: [statement.query] });
      }
    }
    return batches.map((batch) => batch.queries);
  }
}

export async function captureEndpoints(database: DatabaseHandle, { build, loadConfig }: AppModules): Promise<Capture> {
  const recorder = new QueryRecorder();
  const app = await build({ database: { ...database, db: database.db.withPlugin(recorder) }, config: { ...loadConfig({}, []), loginRateLimitPerMinute: 1000 } });
  await app.ready();
  try {
    const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: DEMO_ADMIN });
    if (login.statusCode !== 200) throw new Error(`login failed: ${login.statusCode} ${login.body}`);
    const cookie = `yz_sid=${login.cookies.find((c) => c.name === 'yz_sid')!.value}`;
    const call = (path: string, signedIn: boolean) => app.inject({ method: 'GET', url: path, headers: signedIn ? { cookie } : {} });
    const specs = await mainEndpoints(async (path, signedIn) => (await call(path, signedIn)).json());
    const endpoints: CapturedEndpoint[] = [];
    for (const spec of specs) {
      await call(spec.path, spec.signedIn);
      recorder.start();
      const response = await call(spec.path, spec.signedIn);
      const batches = recorder.stop();
      if (response.statusCode !== 200) throw new Error(`${spec.path} answered ${response.statusCode}: ${response.body}`);
      endpoints.push({ ...spec, batches, status: response.statusCode, body: response.json(), bytes: response.rawPayload.length });
    }
    return { engine: database.kind, endpoints };
  } finally {
    await app.close();
  }
}
