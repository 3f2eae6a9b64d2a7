/** Password hashing (argon2id) and the password policy. */
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

/**
 * 等保2.0-style policy: length, at least three of four character classes, not the username.
 * Returns why a password fails, or null when it passes.
 */
export function checkPasswordPolicy(password: string, username: string): Label | null {
  if (password.length < LIMITS.passwordMin) {
    return { zh: `至少 ${LIMITS.passwordMin} 位`, en: `at least ${LIMITS.passwordMin} characters` };
  }
  if (password.length > LIMITS.passwordMax) {
    return { zh: `最多 ${LIMITS.passwordMax} 位`, en: `at most ${LIMITS.passwordMax} characters` };
  }
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
  if (classes < 3) {
    return { zh: '需包含大写字母、小写字母、数字、符号中的至少三类', en: 'use at least three of: upper case, lower case, digits, symbols' };
  }
  if (password.toLowerCase().includes(username.toLowerCase())) {
    return { zh: '不能包含用户名', en: 'must not contain the username' };
  }
  return null;
}
