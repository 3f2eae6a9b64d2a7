/**
 * Write lanes: at most a few API writes run their handlers at once; the rest wait here, in the
 * app, before they take a database connection. Without this a burst of writes (200 judges
 * submitting at the deadline) fills the connection queue — PGlite's one connection, or the
 * PostgreSQL pool — and every read behind it waits for the whole burst: a reader's p99 went from
 * 38 ms to 5.3 s on PGlite and 2.8 s on PostgreSQL (bench/evaluation/deadline-rush.ts). With the
 * lanes a read waits for at most a few write transactions. Nothing is refused and nothing lost: a
 * waiting write runs when a lane frees, in arrival order. A file upload (multipart) is left out,
 * since its body arrives while the handler runs and a slow sender would hold the lane.
 */
import { Sema } from 'async-sema';
import type { FastifyInstance, FastifyRequest } from 'fastify';

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

const takesLane = (request: FastifyRequest) =>
  !READS.has(request.method) && request.url.startsWith('/api/') && !(request.headers['content-type'] ?? '').startsWith('multipart/');

export function registerWriteLanes(app: FastifyInstance, lanes: number): void {
  const sema = new Sema(lanes);
  const holding = new WeakSet<FastifyRequest>();
  // After validation (preHandler), so a refused body never waits for a lane.
  app.addHook('preHandler', async (request) => {
    if (!takesLane(request)) return;
    await sema.acquire();
    holding.add(request);
  });
  const release = async (request: FastifyRequest) => {
    if (holding.delete(request)) sema.release();
  };
  app.addHook('onResponse', release);
  app.addHook('onRequestAbort', release);
}
