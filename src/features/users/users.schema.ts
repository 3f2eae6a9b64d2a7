import { z } from 'zod';
import { ROLES } from '../../shared/enums.js';
import { USER_STATUSES } from '../../shared/users.enums.js';
import { LIMITS } from '../../shared/limits.js';
import { emailField, idField, idParam, idText, nameField, pageQuery, plainText } from '../../shared/schemas.js';
import { SECURITY_SETTINGS_BOUNDS } from '../../shared/security-settings.js';
import { AccountIdentity } from '../auth/auth.schema.js';

/** ASCII letters, digits and underscores: typed at every sign-in, compared case-insensitively. */
export const usernameField = z.string().min(3).max(LIMITS.usernameMax).regex(/^[A-Za-z0-9_]+$/, 'username_format');
const passwordField = plainText(LIMITS.passwordMax).pipe(z.string().min(1));

export const UserDto = AccountIdentity.extend({
  /** Where notifications are mailed; null when none is recorded. */
  email: z.string().nullable(),
  isActive: z.boolean(),
  mustChangePassword: z.boolean(),
  /** Set while sign-in from some address is locked after failed attempts. */
  lockedUntil: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  passwordChangedAt: z.string(),
  /** The latest activity of any live session. */
  lastSeenAt: z.string().nullable(),
  sessionCount: z.number(),
  isSelf: z.boolean(),
  abilities: z.object({
    update: z.boolean(),
    changeRole: z.boolean(),
    disable: z.boolean(),
    enable: z.boolean(),
    resetPassword: z.boolean(),
    unlock: z.boolean(),
    endSessions: z.boolean(),
  }),
});
export type UserDto = z.infer<typeof UserDto>;

const userResponse = z.object({ user: UserDto });

export const ListUsersSchema = {
  querystring: z.strictObject({
    q: plainText(64).optional(),
    role: z.enum(ROLES).optional(),
    /** Accounts whose scope lies in this zone's subtree. */
    zoneId: idText.optional(),
    status: z.enum(USER_STATUSES).optional(),
    ...pageQuery,
  }),
  response: { 200: z.object({ items: z.array(UserDto), total: z.number() }) },
};
export type ListUsersQuery = z.infer<typeof ListUsersSchema.querystring>;

export const GetUserSchema = { params: idParam, response: { 200: userResponse } };

const editableFields = {
  displayName: nameField(LIMITS.nameMax),
  organisation: nameField(LIMITS.nameMax).nullable().optional(),
  /** Where notifications are mailed (optional). */
  email: emailField.nullable().optional(),
  role: z.enum(ROLES),
  /** Required for roles with a zone scope, absent or null for the others (ROLE_SCOPE). */
  scopeZoneId: idField.nullable().optional(),
};

export const CreateUserSchema = {
  body: z.strictObject({
    username: usernameField,
    ...editableFields,
    /** Leave out to have one generated; either way it is shown once and must be changed at the first sign-in. */
    password: passwordField.optional(),
  }),
  response: { 201: z.object({ user: UserDto, temporaryPassword: z.string() }) },
};
export type CreateUserBody = z.infer<typeof CreateUserSchema.body>;

export const UpdateUserSchema = {
  params: idParam,
  body: z.strictObject(editableFields).partial(),
  response: { 200: userResponse },
};
export type UpdateUserBody = z.infer<typeof UpdateUserSchema.body>;

export const UserActionSchema = { params: idParam, response: { 200: userResponse } };

export const ResetPasswordSchema = {
  params: idParam,
  body: z.strictObject({ password: passwordField.optional() }),
  response: { 200: z.object({ temporaryPassword: z.string() }) },
};

export const SessionDto = z.object({
  id: z.string(),
  createdAt: z.string(),
  lastSeenAt: z.string(),
  expiresAt: z.string(),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
  /** The caller's own session. */
  current: z.boolean(),
});

export const ListSessionsSchema = { params: idParam, response: { 200: z.object({ items: z.array(SessionDto) }) } };
export const EndSessionsSchema = { params: idParam, response: { 200: z.object({ ended: z.number() }) } };
export const EndSessionSchema = {
  params: z.strictObject({ id: idText, sessionId: z.string().regex(/^[0-9a-f]{32}$/) }),
  response: { 204: z.null().describe('会话已结束 Session ended') },
};

const bounded = (key: keyof typeof SECURITY_SETTINGS_BOUNDS) => z.number().int().min(SECURITY_SETTINGS_BOUNDS[key].min).max(SECURITY_SETTINGS_BOUNDS[key].max);
const SettingsValues = {
  passwordMinLength: bounded('passwordMinLength'),
  passwordMinClasses: bounded('passwordMinClasses'),
  sessionIdleMinutes: bounded('sessionIdleMinutes'),
  sessionMaxHours: bounded('sessionMaxHours'),
};
const SettingsDto = z.object({
  passwordMinLength: z.number(),
  passwordMinClasses: z.number(),
  sessionIdleMinutes: z.number(),
  sessionMaxHours: z.number(),
});
const settingsResponse = z.object({
  settings: SettingsDto.extend({ updatedAt: z.string().nullable(), updatedBy: z.string().nullable() }),
  /** What applies while nothing is saved (the environment's session limits, the built-in policy). */
  defaults: SettingsDto,
});

export const GetSettingsSchema = { response: { 200: settingsResponse } };
export const UpdateSettingsSchema = { body: z.strictObject(SettingsValues), response: { 200: settingsResponse } };
export type UpdateSettingsBody = z.infer<typeof UpdateSettingsSchema.body>;
