/**
 * A test app on its own copy of the template database, plus helpers to sign in as the
 * demo accounts and call the API the way the web client does.
 */
import { readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import pg from 'pg';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { openDatabase, type DatabaseHandle } from '../db/client.js';
import { loadConfig, type Config } from '../kernel/config.js';
import { build } from '../server/app.js';
import { TEST_PASSWORD } from './constants.js';

export type DemoUser = 'admin' | 'yibin' | 'deyang' | 'judge1' | 'applicant1' | 'auditor' | 'secadmin';
export const DEMO_USERS: DemoUser[] = ['admin', 'yibin', 'deyang', 'judge1', 'applicant1', 'auditor', 'secadmin'];

/** An account a test made itself (src/testing/factories.ts: buildUser). */
export type TestUser = { id: number; username: string; password: string };

export type TestApp = {
  app: FastifyInstance;
  database: DatabaseHandle;
  /** Signs in once per user and returns the cookie header to send. */
  cookieFor: (user: DemoUser | TestUser) => Promise<string>;
  /** app.inject as `user` (or the public when null), in zh unless `lang` says otherwise. */
  call: (user: DemoUser | TestUser | null, options: InjectOptions & { lang?: 'zh' | 'en' }) => Promise<LightMyRequestResponse>;
  close: () => Promise<void>;
};

/** A new PostgreSQL database copied from the test template: its URL, and how to drop it. */
export async function copyPostgresTemplate(template: { url: string; name: string }, prefix = 'f'): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `${template.name}_${prefix}${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: template.url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template.name}`);
  await admin.end();
  const url = new URL(template.url);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const dropper = new pg.Client({ connectionString: template.url });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await dropper.end();
    },
  };
}

async function openTestDatabase(): Promise<{ handle: DatabaseHandle; drop: () => Promise<void> }> {
  const template = inject('postgresTemplate');
  if (template) {
    const copy = await copyPostgresTemplate(template);
    return { handle: await openDatabase({ kind: 'postgres', url: copy.url, poolSize: 4 }), drop: copy.drop };
  }
  const dumpPath = inject('pgliteDumpPath');
  if (!dumpPath) throw new Error('global setup did not provide a template database');
  const handle = await openDatabase({ kind: 'pglite', loadDataDir: new Blob([readFileSync(dumpPath)]) });
  return { handle, drop: async () => undefined };
}

/** `beforeReady` may add hooks (e.g. to see the error behind a 500) before the app starts. */
export async function createTestApp(overrides: Partial<Config> = {}, beforeReady?: (app: FastifyInstance) => void): Promise<TestApp> {
  const { handle, drop } = await openTestDatabase();
  const config: Config = { ...loadConfig({}, []), loginRateLimitPerMinute: 1000, ...overrides };
  const app = await build({ database: handle, config });
  beforeReady?.(app);
  await app.ready();
  const cookies = new Map<string, string>();

  async function cookieFor(user: DemoUser | TestUser): Promise<string> {
    const { username, password } = typeof user === 'string' ? { username: user, password: TEST_PASSWORD } : user;
    const cached = cookies.get(username);
    if (cached) return cached;
    const response = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
    if (response.statusCode !== 200) throw new Error(`login as ${username} failed: ${response.statusCode} ${response.body}`);
    const cookie = response.cookies.find((c) => c.name === 'yz_sid');
    if (!cookie) throw new Error('no session cookie');
    const header = `yz_sid=${cookie.value}`;
    cookies.set(username, header);
    return header;
  }

  async function call(user: DemoUser | TestUser | null, options: InjectOptions & { lang?: 'zh' | 'en' }) {
    const headers: Record<string, string> = { 'accept-language': options.lang === 'en' ? 'en-US' : 'zh-CN', ...(options.headers as Record<string, string>) };
    if (user) headers.cookie = await cookieFor(user);
    return app.inject({ ...options, headers });
  }

  return {
    app,
    database: handle,
    cookieFor,
    call,
    close: async () => {
      await app.close();
      await handle.close();
      await drop();
    },
  };
}

/** Ids of demo zones by code, for readable tests. */
export async function zoneIdByCode(testApp: TestApp, code: string): Promise<number> {
  const row = await testApp.database.db.selectFrom('zones').select('id').where('code', '=', code).executeTakeFirstOrThrow();
  return row.id;
}
