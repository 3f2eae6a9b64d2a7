/**
 * Security headers (CSP, nosniff, framing, HSTS …) computed once at start-up. @fastify/helmet 13
 * rebuilds helmet's configuration on every request, which cost a fifth to a third of a cheap
 * route's throughput; the headers never change between requests, so they are taken from one
 * request to a throwaway instance with @fastify/helmet registered as it was, and the app sets
 * them on each response itself (on the raw response, as helmet does, so a route's own
 * `reply.header()` still wins: the API docs' and the attachments' CSP).
 */
import Fastify, { type FastifyInstance } from 'fastify';
import helmet, { type FastifyHelmetOptions } from '@fastify/helmet';

/** Headers of the probe's answer that Fastify, not helmet, wrote. */
const NOT_HELMET = new Set(['content-type', 'content-length', 'date', 'connection', 'keep-alive', 'transfer-encoding']);

export async function computeSecurityHeaders(options: FastifyHelmetOptions): Promise<[string, string][]> {
  const probe = Fastify();
  await probe.register(helmet, options);
  probe.get('/', async () => '');
  try {
    const response = await probe.inject({ method: 'GET', url: '/' });
    return Object.entries(response.headers).flatMap(([name, value]) =>
      NOT_HELMET.has(name) || value === undefined ? [] : [[name, Array.isArray(value) ? value.join(', ') : String(value)] as [string, string]],
    );
  } finally {
    await probe.close();
  }
}

/** Sets the precomputed headers on every response (errors and not-found answers included). */
export async function registerSecurityHeaders(app: FastifyInstance, options: FastifyHelmetOptions): Promise<void> {
  const headers = await computeSecurityHeaders(options);
  app.addHook('onRequest', (_request, reply, done) => {
    for (const [name, value] of headers) reply.raw.setHeader(name, value);
    done();
  });
}
