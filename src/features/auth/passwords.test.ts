import { describe, expect, it } from 'vitest';
import { checkPasswordPolicy, hashPassword, verifyPassword } from './passwords.js';

describe('checkPasswordPolicy', () => {
  it.each([
    ['Yanzhen@2026', null],
    ['Abcdefghij1', null],
    ['abcdefghij', 'class'],
    ['Ab1!', 'length'],
    ['Yibin@2026xx', 'username'],
  ])('%s → %s', (password, failure) => {
    const result = checkPasswordPolicy(password, 'yibin');
    if (failure === null) expect(result).toBeNull();
    else expect(result?.reason).toBe(failure === 'length' ? 'password_too_short' : failure === 'class' ? 'password_few_classes' : 'password_has_username');
  });
});

describe('argon2id hashing', () => {
  it('verifies the right password only, and salts each hash', async () => {
    const a = await hashPassword('Yanzhen@2026');
    const b = await hashPassword('Yanzhen@2026');
    expect(a).toMatch(/^\$argon2id\$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword(a, 'Yanzhen@2026')).toBe(true);
    expect(await verifyPassword(a, 'yanzhen@2026')).toBe(false);
    expect(await verifyPassword('not-a-hash', 'x')).toBe(false);
  });
});
