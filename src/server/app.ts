/**
 * The app factory: one Fastify instance with security plugins, the session hook, every
 * feature's routes, the OpenAPI document and the built web client.
 */
import { existsSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import Fastify, { LogController, type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { DatabaseHandle } from '../db/client.js';
import type { Config } from '../kernel/config.js';
import type { FeatureDeps } from '../kernel/deps.js';
import { AppError } from '../kernel/errors.js';
import '../kernel/request.js';
import { LIMITS } from '../shared/limits.js';
import { SESSION_CACHE_MS, SESSION_COOKIE, resolveSession } from '../features/auth/sessions.js';
import { FEATURES } from './features.js';
import { registerErrorHandler, sendError } from './http/error-handler.js';
import { registerSecurityHeaders } from './http/security-headers.js';
import { responseSerializerCompiler } from './http/response-serializer.js';
import { registerWriteLanes } from './http/write-lanes.js';

export const WEB_DIST = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'web', 'dist');
/** Vite's output with a content hash in every name: a changed file is a new URL. */
const ASSETS_PREFIX = '/assets/';

/**
 * Hashed assets may be cached for good; everything else (index.html, favicon) is revalidated on
 * each use (ETag / Last-Modified), so a new release is picked up at once.
 */
function webCacheHeaders(root: string) {
  const assetsDir = join(root, 'assets') + sep;
  return (res: { setHeader: (name: string, value: string) => unknown }, path: string) => {
    res.setHeader('cache-control', path.startsWith(assetsDir) ? 'public, max-age=31536000, immutable' : 'no-cache');
    res.setHeader('vary', 'accept-encoding');
  };
}
const VERSION = '0.1.0';

/** webRoot: the built web client to serve (default web/dist; tests pass their own). */
export type BuildOptions = { database: DatabaseHandle; config: Config; logger?: boolean; webRoot?: string };

/**
 * Whether a write comes from this site. Origin decides when present; browsers that leave it
 * out (some same-origin forms, privacy settings) still send Referer, which then decides. One
 * that cannot be parsed (`null`, `http://[`, `not a url`) is foreign. Neither header means a
 * non-browser client (curl, scripts), which the SameSite=Strict cookie already covers.
 */
function isSameSite(origin: string | undefined, referer: string | undefined, host: string | undefined): boolean {
  const claimed = origin ?? referer;
  if (claimed === undefined) return true;
  try {
    return new URL(claimed).host === host;
  } catch {
    return false;
  }
}

/** A request that takes this long is logged at warn (every request is, at debug). */
const SLOW_REQUEST_MS = 1000;
/** API writes whose handlers run at once (http/write-lanes.ts); PostgreSQL's pool holds 10 connections. */
const WRITE_LANES = { pglite: 2, postgres: 5 };

/** Requests that may run without a session even though they change state. */
const ANONYMOUS_MUTATIONS = new Set(['/api/auth/login', '/api/auth/logout']);
declare module 'fastify' {
  interface FastifyContextConfig {
    /** The route changes state without a session (a public registration); it guards itself (rate limit, checks). */
    anonymousMutation?: boolean;
  }
}
/** All a user whose password must be changed may call until it is (see Actor.mustChangePassword). */
const PASSWORD_CHANGE_ROUTES = new Set(['/api/me', '/api/me/password', '/api/auth/login', '/api/auth/logout']);

export async function build({ database, config, logger = false, webRoot = WEB_DIST }: BuildOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: logger ? { level: config.logLevel } : false,
    // Fastify's two lines per request cost a third of a cheap route's throughput: one line per
    // request comes at debug instead, slow ones at warn (see the onResponse hook below).
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: LIMITS.bodyBytes,
    // Behind the office's reverse proxy the client address comes from X-Forwarded-For.
    trustProxy: process.env.YANZHEN_TRUST_PROXY === '1',
    // Errors the router raises before any route runs (a malformed or overlong address) get
    // the same localised envelope as every other refusal.
    frameworkErrors: (_error, request, reply) => sendError(request, reply, 'BAD_URL'),
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(responseSerializerCompiler);
  registerErrorHandler(app);

  await registerSecurityHeaders(app, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Ant Design writes its styles at run time (CSS-in-JS), so inline styles must be allowed.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
    strictTransportSecurity: config.secureCookies,
  });
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  await app.register(swagger, {
    openapi: {
      info: { title: '雁阵 Yanzhen API', description: '自由贸易试验区与协同改革先行区制度创新工作平台接口', version: VERSION },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE } } },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });

  const sessionPolicy = { idleMinutes: config.sessionIdleMinutes, maxHours: config.sessionMaxHours };
  // One process owns a PGlite database, so it sees every revocation; PostgreSQL may be shared by several.
  const sessionCache = { cacheMs: database.kind === 'pglite' ? SESSION_CACHE_MS : 0 };
  app.decorateRequest('actor', null);
  app.addHook('onRequest', async (request) => {
    const token = request.cookies[SESSION_COOKIE];
    request.actor = token ? await resolveSession(database.db, token, sessionPolicy, sessionCache) : null;
    if (request.actor?.mustChangePassword && request.url.startsWith('/api/') && !PASSWORD_CHANGE_ROUTES.has(request.url.split('?')[0]!)) {
      throw new AppError('PASSWORD_CHANGE_REQUIRED');
    }
    const isMutation = !['GET', 'HEAD', 'OPTIONS'].includes(request.method);
    if (!isMutation || !request.url.startsWith('/api/')) return;
    // A cross-site page cannot post here: the cookie is SameSite=Strict, and a foreign Origin is refused.
    if (!isSameSite(request.headers.origin, request.headers.referer, request.headers.host)) throw new AppError('FORBIDDEN');
    // A route may declare itself open to the public (a registration): it says so in its config.
    const anonymous = ANONYMOUS_MUTATIONS.has(request.url.split('?')[0]!) || request.routeOptions.config.anonymousMutation === true;
    if (!request.actor && !anonymous) throw new AppError('UNAUTHENTICATED');
  });

  // PGlite has one connection: two writes in flight keep it busy while reads slip in between.
  registerWriteLanes(app, database.kind === 'pglite' ? WRITE_LANES.pglite : WRITE_LANES.postgres);

  if (logger) {
    const everyRequest = config.logLevel === 'debug' || config.logLevel === 'trace';
    app.addHook('onResponse', (request, reply, done) => {
      const slow = reply.elapsedTime >= SLOW_REQUEST_MS;
      if (slow || everyRequest) {
        const line = { method: request.method, url: request.url, statusCode: reply.statusCode, responseTime: Math.round(reply.elapsedTime) };
        if (slow) request.log.warn(line, 'slow request');
        else request.log.debug(line, 'request completed');
      }
      done();
    });
  }

  const deps: FeatureDeps = { db: database.db, dbKind: database.kind, config };
  // The response schema puts the answer in the OpenAPI document, so the web client's types have it.
  const healthSchema = z.object({ status: z.literal('ok'), database: z.enum(['pglite', 'postgres']), version: z.string() });
  app.get('/api/health', { schema: { tags: ['system'], summary: '健康检查 Health', response: { 200: healthSchema } } }, async () => ({
    status: 'ok' as const,
    database: database.kind,
    version: VERSION,
  }));
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  // Every feature's routes, before the web client and the 404 handler below take what is left.
  for (const feature of FEATURES) {
    for (const routes of feature.routes) await app.register(routes(deps));
  }

  const hasWebClient = existsSync(join(webRoot, 'index.html'));
  if (hasWebClient) {
    // Brotli and gzip copies are written beside each file at build time (scripts/build-web.mjs).
    await app.register(fastifyStatic, { root: webRoot, prefix: '/', wildcard: false, index: false, preCompressed: true, cacheControl: false, globIgnore: ['**/*.br', '**/*.gz'], setHeaders: webCacheHeaders(webRoot) });
  }
  app.setNotFoundHandler((request, reply) => {
    // Client-side routes (/zones/12, /console/...) all load the single-page app.
    if (hasWebClient && request.method === 'GET' && !request.url.startsWith('/api/') && !request.url.startsWith(ASSETS_PREFIX)) {
      return reply.sendFile('index.html');
    }
    throw new AppError('ROUTE_NOT_FOUND');
  });
  return app;
}
