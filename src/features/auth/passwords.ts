/** Password hashing (argon2id) and the password policy. */
import { randomInt } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import { AppError } from '../../kernel/errors.js';
import { LIMITS } from '../../shared/limits.js';
import type { AUTH_MESSAGES } from './auth.messages.js';

/** OWASP's argon2id baseline (19 MiB, 2 passes): ~30 ms here, slow enough for offline guessing. */
const ARGON2_OPTIONS = { algorithm: 2 /* Algorithm.Argon2id (a const enum, not importable under isolatedModules) */, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** A hash of a random string: verifying against it makes an unknown username cost as much as a known one. */
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword(`dummy-${Math.random()}`);
  return dummyHash;
}

export type PasswordPolicy = { minLength: number; minClasses: number };
/** Why a password fails: a message key of auth.messages.ts and its parameters. */
export type PasswordWeakness = { reason: keyof typeof AUTH_MESSAGES & `password_${string}`; min?: number; max?: number; classes?: number };
/** The policy until the security admin saves another (see security-settings.ts). */
export const DEFAULT_PASSWORD_POLICY: PasswordPolicy = { minLength: LIMITS.passwordMin, minClasses: 3 };

const CHARACTER_CLASSES = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/];

/**
 * 等保2.0-style policy: length, at least `minClasses` of four character classes, not the username.
 * Returns why a password fails, or null when it passes.
 */
export function checkPasswordPolicy(password: string, username: string, policy: PasswordPolicy = DEFAULT_PASSWORD_POLICY): PasswordWeakness | null {
  if (password.length < policy.minLength) return { reason: 'password_too_short', min: policy.minLength };
  if (password.length > LIMITS.passwordMax) return { reason: 'password_too_long', max: LIMITS.passwordMax };
  const classes = CHARACTER_CLASSES.filter((re) => re.test(password)).length;
  if (classes < policy.minClasses) return { reason: 'password_few_classes', classes: policy.minClasses };
  if (password.toLowerCase().includes(username.toLowerCase())) return { reason: 'password_has_username' };
  return null;
}

/** The 400 of a password that fails: WEAK_PASSWORD with the reason, also on the field. */
export function weakPassword(path: string, weakness: PasswordWeakness): AppError {
  return new AppError('WEAK_PASSWORD', weakness, [{ path, key: weakness.reason, params: weakness }]);
}

/** No look-alikes (0/O, 1/l/I): the temporary password is read out or typed from a screen. */
const TEMPORARY_ALPHABETS = ['abcdefghijkmnpqrstuvwxyz', 'ABCDEFGHJKLMNPQRSTUVWXYZ', '23456789', '@#%&*+=?'];

/** A random password that meets `policy` (all four classes, at least 16 characters), for a reset. */
export function generateTemporaryPassword(username: string, policy: PasswordPolicy = DEFAULT_PASSWORD_POLICY): string {
  const length = Math.max(16, policy.minLength);
  const all = TEMPORARY_ALPHABETS.join('');
  for (;;) {
    const chars = TEMPORARY_ALPHABETS.map((alphabet) => alphabet[randomInt(alphabet.length)]!);
    while (chars.length < length) chars.push(all[randomInt(all.length)]!);
    // Fisher–Yates, so the guaranteed classes do not always lead.
    for (let i = chars.length - 1; i > 0; i--) {
      const j = randomInt(i + 1);
      [chars[i], chars[j]] = [chars[j]!, chars[i]!];
    }
    const candidate = chars.join('');
    if (!checkPasswordPolicy(candidate, username, policy)) return candidate;
  }
}
