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

export const MeResponse = z.object({
  user: z.object({
    id: z.number(),
    username: z.string(),
    displayName: z.string(),
    role: z.enum(ROLES),
    organisation: z.string().nullable(),
    scopeZone: z.object({ id: z.number(), name: z.string() }).nullable(),
    abilities: z.object({
      console: z.boolean(),
      manageZones: z.boolean(),
      managePlatforms: z.boolean(),
      viewAudit: z.boolean(),
    }),
  }),
});
export type MeResponse = z.infer<typeof MeResponse>;
