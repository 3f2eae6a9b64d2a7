/**
 * Who may manage accounts: the security admin alone (三员分立). The province office runs the
 * business and the auditor reads the log; neither touches accounts. Nobody changes their own
 * role, scope or active flag, or resets their own password: another security admin does.
 */
import type { Actor } from '../../kernel/actor.js';
import { roleAbilities } from '../auth/me.js';
import type { UserDto } from './users.schema.js';

export function canManageUsers(actor: Actor | null): boolean {
  return !!actor && roleAbilities(actor.role).manageUsers;
}

type Target = { id: number; is_active: boolean; locked: boolean; session_count: number };

export function userAbilities(actor: Actor | null, target: Target): UserDto['abilities'] {
  const manage = canManageUsers(actor);
  const other = manage && actor!.id !== target.id;
  return {
    update: manage,
    changeRole: other,
    disable: other && target.is_active,
    enable: other && !target.is_active,
    resetPassword: other,
    unlock: manage && target.locked,
    endSessions: manage && target.session_count > 0,
  };
}
