import { z } from 'zod';
import { ROLES } from '../../shared/enums.js';
import { LIMITS } from '../../shared/limits.js';

export const LoginSchema = {
  body: z.strictObject({
    username: z.string().min(1).max(LIMITS.usernameMax),
    password: z.string().min(1).max(LIMITS.passwordMax),
  }),
};

export const ChangePasswordSchema = {
  body: z.strictObject({
    currentPassword: z.string().min(1).max(LIMITS.passwordMax),
    newPassword: z.string().min(1).max(LIMITS.passwordMax),
  }),
};

/** Who an account is: shared by /api/me and the account list. */
export const AccountIdentity = z.object({
  id: z.number(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  organisation: z.string().nullable(),
  scopeZone: z.object({ id: z.number(), name: z.string() }).nullable(),
});

export const MeResponse = z.object({
  user: AccountIdentity.extend({
    abilities: z.object({
      console: z.boolean(),
      manageZones: z.boolean(),
      managePlatforms: z.boolean(),
      viewAudit: z.boolean(),
      manageUsers: z.boolean(),
    }),
    /** Set after an administrator created the account or reset its password: change it before anything else. */
    mustChangePassword: z.boolean(),
  }),
});
export type MeResponse = z.infer<typeof MeResponse>;
