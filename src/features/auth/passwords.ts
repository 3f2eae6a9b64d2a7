/** Password hashing (argon2id) and the password policy. */
import { randomInt } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import type { Label } from '../../shared/enums.js';
import { LIMITS } from '../../shared/limits.js';

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
/** The policy until the security admin saves another (see security-settings.ts). */
export const DEFAULT_PASSWORD_POLICY: PasswordPolicy = { minLength: LIMITS.passwordMin, minClasses: 3 };

const CHARACTER_CLASSES = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/];
const CHINESE_COUNTS = ['零', '一', '两', '三', '四'];

/**
 * 等保2.0-style policy: length, at least `minClasses` of four character classes, not the username.
 * Returns why a password fails, or null when it passes.
 */
export function checkPasswordPolicy(password: string, username: string, policy: PasswordPolicy = DEFAULT_PASSWORD_POLICY): Label | null {
  if (password.length < policy.minLength) {
    return { zh: `至少 ${policy.minLength} 位`, en: `at least ${policy.minLength} characters` };
  }
  if (password.length > LIMITS.passwordMax) {
    return { zh: `最多 ${LIMITS.passwordMax} 位`, en: `at most ${LIMITS.passwordMax} characters` };
  }
  const classes = CHARACTER_CLASSES.filter((re) => re.test(password)).length;
  if (classes < policy.minClasses) {
    return {
      zh: `需包含大写字母、小写字母、数字、符号中的至少${CHINESE_COUNTS[policy.minClasses]}类`,
      en: `use at least ${policy.minClasses} of: upper case, lower case, digits, symbols`,
    };
  }
  if (password.toLowerCase().includes(username.toLowerCase())) {
    return { zh: '不能包含用户名', en: 'must not contain the username' };
  }
  return null;
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
