/**
 * Who is asking. Every query that returns zone data takes an Actor (or null for the public)
 * and limits itself to what that actor may see.
 */
import { ROLES, roleHasZoneScope, type Lang, type Role } from '../shared/enums.js';

export type Actor = {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  /** Root of the actor's zone subtree; null for roles without one (see ROLE_SCOPE). */
  scopeZoneId: number | null;
  /** Materialised path of the scope root, e.g. '/1/2/'; every zone in the subtree starts with it. */
  scopePath: string | null;
  /** Set after an administrator's reset: until the user changes it, only /api/me, /api/me/password and sign-out answer. */
  mustChangePassword?: boolean;
};

/** A user row with its scope zone's path, as the session check and the job runner read it. */
export type ActorRow = {
  id: number;
  username: string;
  display_name: string;
  role: string;
  scope_zone_id: number | null;
  scope_path: string | null;
  must_change_password?: boolean;
};

/** The actor a user row stands for. A role without a zone scope gets none, whatever the row says (ROLE_SCOPE). */
export function actorOf(row: ActorRow): Actor {
  const role = row.role as Role;
  const scoped = roleHasZoneScope(role);
  return Object.freeze({
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role,
    scopeZoneId: scoped ? row.scope_zone_id : null,
    scopePath: scoped ? (row.scope_path ?? null) : null,
    ...(row.must_change_password === undefined ? {} : { mustChangePassword: row.must_change_password }),
  });
}

/** Request facts that go into every audit entry with the actor. */
export type RequestContext = {
  actor: Actor | null;
  ip: string | null;
  userAgent: string | null;
  /** The request's language. Only a job started from the request keeps it (like the IP); services never localise with it. */
  lang?: Lang;
};

/** Roles that write zone business data: those with a zone scope (ROLE_SCOPE in shared/enums.ts). */
const ZONE_WRITER_ROLES: readonly Role[] = ROLES.filter(roleHasZoneScope);

/** True when the zone at `zonePath` lies in the actor's subtree. */
export function isInScope(actor: Actor | null, zonePath: string): boolean {
  return !!actor?.scopePath && zonePath.startsWith(actor.scopePath);
}

/** True when the actor holds a role that writes zone business data (somewhere in its subtree). */
export function isZoneWriter(actor: Actor | null): actor is Actor {
  return !!actor && ZONE_WRITER_ROLES.includes(actor.role);
}

/** True when the actor may write business data of the zone at `zonePath`. */
export function canWriteZone(actor: Actor | null, zonePath: string): boolean {
  return isZoneWriter(actor) && isInScope(actor, zonePath);
}

export function isProvinceAdmin(actor: Actor | null): boolean {
  return actor?.role === 'province_admin';
}
