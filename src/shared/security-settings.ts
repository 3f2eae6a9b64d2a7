/**
 * The security settings the security administrator edits (password policy, session limits),
 * with their bounds: shared by the API schema and the web form. The migration's CHECKs agree.
 */
export type SecuritySettings = {
  /** Fewest characters a new password may have. */
  passwordMinLength: number;
  /** How many of the four character classes (upper, lower, digit, symbol) it must use. */
  passwordMinClasses: number;
  /** A session unused this long ends. */
  sessionIdleMinutes: number;
  /** A session ends this long after sign-in, used or not. */
  sessionMaxHours: number;
};

export const SECURITY_SETTINGS_BOUNDS = {
  passwordMinLength: { min: 8, max: 64 },
  passwordMinClasses: { min: 2, max: 4 },
  sessionIdleMinutes: { min: 5, max: 480 },
  sessionMaxHours: { min: 1, max: 72 },
} as const satisfies Record<keyof SecuritySettings, { min: number; max: number }>;
