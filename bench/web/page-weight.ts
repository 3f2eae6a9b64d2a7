/**
 * JavaScript each page makes the browser download, as served (compressed or not), measured in
 * Chromium from the network events: the portal home for the public, and the console home for the
 * demo province admin. Starts the real server (`src/server/main.ts`) on a fresh data dir with
 * the built web client in web/dist (build it first: npm run build:web).
 *
 *   npx tsx bench/web/page-weight.ts [--label after] [--no-write] [--root <another checkout>]
 *
 * "First render" counts the scripts requested before the page's own content is on screen
 * (what a visitor waits for); "all" counts every script requested until the network is idle
 * (charts and other parts loaded after the first render included).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../e2e/support/browser.js';
import { ROOT, startServer } from '../app/server-process.js';
import { writeResultsSection } from '../results-file.js';

const args = process.argv.slice(2);
const label = args.includes('--label') ? args[args.indexOf('--label') + 1]! : 'current';
const write = !args.includes('--no-write');
/** Another checkout to serve (e.g. an earlier commit, from `git archive`), with its own web/dist built. */
const root = args.includes('--root') ? args[args.indexOf('--root') + 1]! : ROOT;
/** Said in the section, e.g. which commit --root holds. */
const note = args.includes('--note') ? args[args.indexOf('--note') + 1]! : '';

type Script = { url: string; encoding: string; transferred: number; decoded: number; gzip: number; beforeContent: boolean };
type Weight = { page: string; path: string; scripts: Script[]; contentMs: number };

const WEB_DIST = join(root, 'web', 'dist');
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

/** Marks, inside the page, when the first element matching `selector` is added to the document. */
function markContent(selector: string) {
  const target = window as unknown as { __contentAt?: number };
  const observer = new MutationObserver(() => {
    if (target.__contentAt === undefined && document.querySelector(selector)) {
      target.__contentAt = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true });
}

async function measure(page: Page, base: string, name: string, path: string, contentSelector: string): Promise<Weight> {
  // Sizes from the DevTools protocol (what went over the wire); timing from the page's own clock,
  // so that a script fetched by code run after the content appeared is not counted as before it.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const sizes = new Map<string, { url: string; encoding: string; decoded: number; transferred: number }>();
  cdp.on('Network.requestWillBeSent', (event) => sizes.set(event.requestId, { url: event.request.url, encoding: 'identity', decoded: 0, transferred: 0 }));
  cdp.on('Network.responseReceived', (event) => {
    const entry = sizes.get(event.requestId);
    if (entry) entry.encoding = event.response.headers['content-encoding'] ?? event.response.headers['Content-Encoding'] ?? 'identity';
  });
  cdp.on('Network.dataReceived', (event) => {
    const entry = sizes.get(event.requestId);
    if (entry) entry.decoded += event.dataLength;
  });
  cdp.on('Network.loadingFinished', (event) => {
    const entry = sizes.get(event.requestId);
    if (entry) entry.transferred = event.encodedDataLength;
  });
  await page.addInitScript(markContent, contentSelector);
  await page.goto(base + path, { waitUntil: 'commit' });
  await page.locator(contentSelector).first().waitFor({ timeout: 60_000 });
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(1500);
  const timing = await page.evaluate(() => ({
    contentAt: (window as unknown as { __contentAt: number }).__contentAt,
    starts: performance.getEntriesByType('resource').map((entry) => [entry.name, entry.startTime] as [string, number]),
  }));
  await cdp.detach();
  const startOf = new Map(timing.starts);
  const scripts = [...sizes.values()]
    .filter((entry) => new URL(entry.url).pathname.endsWith('.js'))
    .map((entry) => {
      const pathname = new URL(entry.url).pathname;
      const start = startOf.get(entry.url) ?? 0;
      return {
        url: pathname,
        encoding: entry.encoding,
        transferred: entry.transferred,
        decoded: entry.decoded,
        gzip: gzipSync(readFileSync(join(WEB_DIST, pathname)), { level: 9 }).length,
        beforeContent: start < timing.contentAt,
      };
    });
  return { page: name, path, scripts, contentMs: timing.contentAt };
}

const dataDir = mkdtempSync(join(tmpdir(), 'yanzhen-weight-'));
const server = await startServer(join(root, 'src/server/main.ts'), { YANZHEN_DATA_DIR: dataDir, YANZHEN_LOGIN_RATE_LIMIT: '1000' }, '/api/health', { direct: true });
const base = `http://127.0.0.1:${server.port}`;
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
const weights: Weight[] = [];
let acceptEncoding = '';
try {
  const portal = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1440, height: 900 } });
  const portalPage = await portal.newPage();
  portalPage.on('request', (request) => {
    if (!acceptEncoding && request.url().includes('/assets/')) void request.allHeaders().then((headers) => (acceptEncoding = headers['accept-encoding'] ?? ''));
  });
  weights.push(await measure(portalPage, base, 'portal home (public)', '/', '#figures-title'));
  await portal.close();

  const console_ = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1440, height: 900 } });
  const login = await console_.request.post(`${base}/api/auth/login`, { data: { username: 'admin', password: 'Yanzhen@2026' } });
  if (login.status() !== 200) throw new Error(`login failed: ${login.status()}`);
  const consolePage = await console_.newPage();
  weights.push(await measure(consolePage, base, 'console home (province admin)', '/console', '[data-testid="current-user"]'));
  await console_.close();
} finally {
  await browser.close();
  await server.stop();
  rmSync(dataDir, { recursive: true, force: true });
}

const sum = (scripts: Script[], key: 'transferred' | 'decoded' | 'gzip') => scripts.reduce((n, s) => n + s[key], 0);
const lines: string[] = [];
lines.push(`## Page weight (${label})`);
lines.push('');
lines.push(
  `Run ${new Date().toISOString().slice(0, 10)} with \`npx tsx bench/web/page-weight.ts${label === 'current' ? '' : ` --label ${label}`}${root === ROOT ? '' : ' --root <checkout>'}\`${note ? ` (${note})` : ''}: Chromium (headless, cache disabled, 1440×900), the real server on a fresh data dir; JavaScript bytes from the DevTools network events (transferred = as served, compressed; decoded = after decompression). Chromium sent \`accept-encoding: ${acceptEncoding}\`.`,
);
lines.push('');
lines.push('| page | scripts before first render | as served | gzip -9 | decoded | all scripts until idle | as served | gzip -9 | decoded | content shown after |');
lines.push('|---|---|---|---|---|---|---|---|---|---|');
for (const weight of weights) {
  const first = weight.scripts.filter((s) => s.beforeContent);
  lines.push(
    `| ${weight.page} \`${weight.path}\` | ${first.length} | ${kb(sum(first, 'transferred'))} | ${kb(sum(first, 'gzip'))} | ${kb(sum(first, 'decoded'))} | ${weight.scripts.length} | ${kb(sum(weight.scripts, 'transferred'))} | ${kb(sum(weight.scripts, 'gzip'))} | ${kb(sum(weight.scripts, 'decoded'))} | ${(weight.contentMs / 1000).toFixed(1)} s |`,
  );
}
for (const weight of weights) {
  lines.push('');
  lines.push(`<details><summary>${weight.page}: every script</summary>\n`);
  lines.push('| script | encoding | as served | gzip -9 | decoded | before first render |');
  lines.push('|---|---|---|---|---|---|');
  for (const script of [...weight.scripts].sort((a, b) => b.decoded - a.decoded)) {
    lines.push(`| ${script.url.replace(/^\/assets\//, '')} | ${script.encoding} | ${kb(script.transferred)} | ${kb(script.gzip)} | ${kb(script.decoded)} | ${script.beforeContent ? 'yes' : 'no'} |`);
  }
  lines.push('\n</details>');
}
const output = lines.join('\n');
console.log(output);
if (write) writeResultsSection(`page-weight-${label}`, output);
