/** The acting user on each request, set by the session hook in server/app.ts. */
import type { FastifyRequest } from 'fastify';
import type { Actor, RequestContext } from './actor.js';
import { AppError } from './errors.js';
import { pickLang } from '../shared/messages.js';
import type { Lang } from '../shared/enums.js';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
  }
}

export function contextOf(request: FastifyRequest): RequestContext {
  const userAgent = request.headers['user-agent'];
  return { actor: request.actor, ip: request.ip ?? null, userAgent: typeof userAgent === 'string' ? userAgent : null, lang: langOf(request) };
}

/** The signed-in actor, or a 401 for the public. */
export function requireActor(request: FastifyRequest): Actor {
  if (!request.actor) throw new AppError('UNAUTHENTICATED');
  return request.actor;
}

export function langOf(request: FastifyRequest): Lang {
  return pickLang(request.headers['accept-language']);
}
