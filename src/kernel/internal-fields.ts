/**
 * One rule for what in a record's history is internal: who took a step (a staff member's
 * name) and what they wrote about it (review comments, working notes). Staff whose scope holds
 * the record see them; the public, other zones and roles without a zone scope see only the
 * step itself (what, when, under which document). Every presenter of dated events uses this.
 */
import { isInScope, type Actor } from './actor.js';

export function withoutInternals<T extends Record<string, unknown>, K extends keyof T>(
  actor: Actor | null,
  zonePath: string,
  value: T,
  internalKeys: readonly K[],
): T {
  if (isInScope(actor, zonePath)) return value;
  const redacted = { ...value };
  for (const key of internalKeys) redacted[key] = null as T[K];
  return redacted;
}
