/**
 * Chromium for the specs: one browser per spec file, a fresh context (cookies, storage) per
 * test, and a screenshot of every open page under test-results/ when a test fails.
 *
 * Playwright's own browser download does not work offline, so this drives the system Chromium
 * (Debian's `chromium` package) through playwright-core; CHROMIUM_PATH overrides the path.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type APIRequestContext, type Browser, type BrowserContext, type Page, chromium, request } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, inject } from 'vitest';
import { DEMO_PASSWORD, type DemoUser, RESULTS_DIR } from './constants.js';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export type Session = {
  context: BrowserContext;
  page: Page;
  /** Messages of alert/confirm/prompt dialogs the page opened (each is dismissed). */
  dialogs: string[];
  /** Uncaught exceptions in the page. */
  pageErrors: string[];
};

export type BrowserHarness = {
  baseUrl: string;
  /** The test's own context and page, made before each test. */
  readonly session: Session;
  readonly page: Page;
  /** Another context in the same test, e.g. to act as a second user. */
  newSession: () => Promise<Session>;
};

function safeName(text: string): string {
  return text.replace(/[^\p{L}\p{N}._-]+/gu, '_').replace(/^_+|_+$/g, '').slice(0, 120);
}

/** Registers the hooks of a browser-driven spec file; call once at the top of the file. */
export function useBrowser(): BrowserHarness {
  const baseUrl = inject('e2eBaseUrl');
  let browser: Browser | undefined;
  let sessions: Session[] = [];
  let current: Session | undefined;

  async function newSession(): Promise<Session> {
    if (!browser) throw new Error('the browser is not running');
    const context = await browser.newContext({
      baseURL: baseUrl,
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
      viewport: { width: 1440, height: 900 },
      // As a user who asked the system for less motion: the app then turns antd's zoom and fade off,
      // so that a click never lands on a dialog still flying in (clicks were lost that way).
      reducedMotion: 'reduce',
    });
    context.setDefaultTimeout(15_000);
    context.setDefaultNavigationTimeout(30_000);
    const page = await context.newPage();
    const session: Session = { context, page, dialogs: [], pageErrors: [] };
    page.on('dialog', (dialog) => {
      session.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss().catch(() => undefined);
    });
    page.on('pageerror', (error) => session.pageErrors.push(error.message));
    sessions.push(session);
    return session;
  }

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true, timeout: 60_000 });
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    current = await newSession();
  });
  afterEach(async (context) => {
    if (context.task.result?.state === 'fail') {
      const dir = join(RESULTS_DIR, 'screenshots');
      mkdirSync(dir, { recursive: true });
      const base = safeName(`${context.task.file.name.replace(/^e2e\//, '')}--${context.task.name}`);
      for (const [index, session] of sessions.entries()) {
        const path = join(dir, `${base}${sessions.length > 1 ? `--${index + 1}` : ''}.png`);
        await session.page
          .screenshot({ path, fullPage: true, timeout: 10_000 })
          .then(() => console.log(`screenshot: ${path} (${session.page.url()})`))
          .catch((error: unknown) => console.warn(`screenshot failed: ${String(error)}`));
      }
    }
    for (const session of sessions) await session.context.close().catch(() => undefined);
    sessions = [];
    current = undefined;
  });

  return {
    baseUrl,
    get session() {
      if (!current) throw new Error('no session: use it inside a test');
      return current;
    },
    get page() {
      if (!current) throw new Error('no page: use it inside a test');
      return current.page;
    },
    newSession,
  };
}

/** Signs the context in through the API (its cookie jar is the browser's): for set-up steps. */
export async function signInContext(context: BrowserContext, user: DemoUser): Promise<void> {
  const response = await context.request.post('/api/auth/login', { data: { username: user, password: DEMO_PASSWORD } });
  if (response.status() !== 200) throw new Error(`login as ${user} failed: ${response.status()} ${await response.text()}`);
}

/** A plain API client signed in as `user` (no browser), e.g. the admin re-reading a record. */
export async function apiAs(baseUrl: string, user: DemoUser | null): Promise<APIRequestContext> {
  const api = await request.newContext({ baseURL: baseUrl, extraHTTPHeaders: { 'accept-language': 'zh-CN' } });
  if (user) {
    const response = await api.post('/api/auth/login', { data: { username: user, password: DEMO_PASSWORD } });
    if (response.status() !== 200) throw new Error(`login as ${user} failed: ${response.status()} ${await response.text()}`);
  }
  return api;
}

/** GET as JSON, failing loudly on a non-2xx answer. */
export async function getJson<T = any>(api: APIRequestContext, path: string): Promise<T> {
  const response = await api.get(path);
  if (!response.ok()) throw new Error(`GET ${path}: ${response.status()} ${await response.text()}`);
  return (await response.json()) as T;
}
