/**
 * Write lanes: at most a few API writes run their handlers at once; the rest wait here, in the
 * app, before they take a database connection. Without this a burst of writes (200 judges
 * submitting at the deadline) fills the connection queue — PGlite's one connection, or the
 * PostgreSQL pool — and every read behind it waits for the whole burst: a reader's p99 went from
 * 38 ms to 5.3 s on PGlite and 2.8 s on PostgreSQL (bench/evaluation/deadline-rush.ts). With the
 * lanes a read waits for at most a few write transactions. Nothing is refused and nothing lost: a
 * waiting write runs when a lane frees, in arrival order. A file upload (multipart) is left out,
 * since its body arrives while the handler runs and a slow sender would hold the lane.
 *
 * The lane is held around the handler itself (wrapped when the route is added), so it is handed
 * back however the handler ends — answered, thrown, or its client gone — and never leaks.
 */
import { Sema } from 'async-sema';
import type { FastifyInstance, FastifyRequest, RouteHandlerMethod } from 'fastify';

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

const isWrite = (method: string | string[]) => (Array.isArray(method) ? method : [method]).some((m) => !READS.has(m.toUpperCase()));
const isUpload = (request: FastifyRequest) => (request.headers['content-type'] ?? '').startsWith('multipart/');

/** Call before the routes are registered: only routes added afterwards are wrapped. */
export function registerWriteLanes(app: FastifyInstance, lanes: number): void {
  const sema = new Sema(lanes);
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/') || !isWrite(route.method)) return;
    const handler = route.handler as RouteHandlerMethod;
    route.handler = async function laned(this: FastifyInstance, request, reply) {
      if (isUpload(request)) return handler.call(this, request, reply);
      await sema.acquire();
      try {
        return await handler.call(this, request, reply);
      } finally {
        sema.release();
      }
    } as RouteHandlerMethod;
  });
}
