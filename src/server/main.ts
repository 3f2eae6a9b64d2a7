/**
 * `npm start`: open the database (PGlite under the data dir, or DATABASE_URL), migrate,
 * load the demo data into an empty database, and serve the API and the web client.
 */
import { join } from 'node:path';
import { sql } from 'kysely';
import { existsSync } from 'node:fs';
import { openDatabase } from '../db/client.js';
import { DataDirLockedError } from '../db/data-dir-lock.js';
import { migrate } from '../db/migrate.js';
import { loadConfig } from '../kernel/config.js';
import { isEmpty, loadDemo } from '../demo/load-demo.js';
import { describeCjkFonts } from '../features/bulletins/render/cjk-fonts.js';
import { ensureSearchIndex } from '../features/search/rebuild-index.js';
import { WEB_DIST, build } from './app.js';

const startedAt = Date.now();
const config = loadConfig();
const database = await openDatabase(
  config.databaseUrl ? { kind: 'postgres', url: config.databaseUrl } : { kind: 'pglite', dataDir: join(config.dataDir, 'pgdata') },
).catch((error: unknown) => {
  // Another process holds the embedded database: say who, without a stack trace.
  if (!(error instanceof DataDirLockedError)) throw error;
  console.error(error.message);
  process.exit(1);
});
const applied = await migrate(database);
if (config.loadDemo && (await isEmpty(database.db))) {
  const loaded = await loadDemo(database.db, { password: config.demoPassword });
  // PGlite runs no autovacuum: give the planner statistics for the freshly loaded tables.
  await sql`ANALYZE`.execute(database.db);
  console.log(
    `已载入演示数据 Demo data loaded: ${loaded.zones} zones, ${loaded.platforms} platforms, ${loaded.innovations} innovations, ${loaded.adoptions} adoptions, ${loaded.users} accounts`,
  );
}
// Kinds whose documents are missing or were built by an older mapping (after an upgrade) are
// rebuilt before serving, so every search answers from a complete index.
for (const kind of await ensureSearchIndex(database.db)) {
  console.log(`已重建搜索索引 Search index rebuilt: ${kind.entityType} v${kind.version}, ${kind.documents} documents`);
}
const app = await build({ database, config, logger: true });

let isClosing = false;
async function shutdown(signal: string) {
  if (isClosing) return;
  isClosing = true;
  app.log.info({ signal }, 'shutting down');
  await app.close();
  await database.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));

await app.listen({ port: config.port, host: config.host });
if (!existsSync(WEB_DIST)) console.warn('web/dist 不存在：请先运行 npm install（会构建前端）。 web/dist is missing: run npm install to build the web client.');
const fonts = describeCjkFonts();
if (!fonts.ok) console.warn(fonts.text);
console.log(
  `雁阵 Yanzhen 已启动 ready in ${((Date.now() - startedAt) / 1000).toFixed(1)} s — http://localhost:${config.port} ` +
    `(database: ${database.kind}${applied.length ? `, migrations applied: ${applied.join(', ')}` : ''})`,
);
