/** The current user as the console sees it, with the abilities that drive its menu. */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Role } from '../../shared/enums.js';
import type { MeResponse } from './auth.schema.js';

/** Menu-level abilities per role; record-level abilities come with each record. */
const ROLE_ABILITIES = {
  province_admin: { console: true, manageZones: true, managePlatforms: true, viewAudit: false, manageUsers: false },
  zone_staff: { console: true, manageZones: false, managePlatforms: true, viewAudit: false, manageUsers: false },
  judge: { console: true, manageZones: false, managePlatforms: false, viewAudit: false, manageUsers: false },
  applicant: { console: true, manageZones: false, managePlatforms: false, viewAudit: false, manageUsers: false },
  // Separation of duties (三员分立, 等保2.0): the auditor reads the log and changes nothing;
  // the security admin manages accounts and sees no business data; the province office runs the business.
  auditor: { console: true, manageZones: false, managePlatforms: false, viewAudit: true, manageUsers: false },
  security_admin: { console: true, manageZones: false, managePlatforms: false, viewAudit: false, manageUsers: true },
} satisfies Record<Role, MeResponse['user']['abilities']>;

/** The menu-level abilities of a role: also what the account routes check (manageUsers). */
export function roleAbilities(role: Role): MeResponse['user']['abilities'] {
  return ROLE_ABILITIES[role];
}

export async function describeMe(db: Kysely<Database>, userId: number): Promise<MeResponse> {
  const row = await db
    .selectFrom('users as u')
    .leftJoin('zones as z', 'z.id', 'u.scope_zone_id')
    .select(['u.id', 'u.username', 'u.display_name', 'u.role', 'u.organisation', 'u.must_change_password', 'z.id as zone_id', 'z.name as zone_name'])
    .where('u.id', '=', userId)
    .executeTakeFirstOrThrow();
  const role = row.role;
  return {
    user: {
      id: row.id,
      username: row.username,
      displayName: row.display_name,
      role,
      organisation: row.organisation,
      scopeZone: row.zone_id !== null && row.zone_name !== null ? { id: row.zone_id, name: row.zone_name } : null,
      abilities: roleAbilities(role),
      mustChangePassword: row.must_change_password,
    },
  };
}
