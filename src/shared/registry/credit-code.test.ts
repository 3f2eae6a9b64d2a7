import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { creditCodeCheckCharacter, creditCodeProblem, normaliseCreditCode } from './credit-code.js';

const CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';

describe('统一社会信用代码 (GB 32100-2015)', () => {
  it('accepts published codes and refuses them with one character changed', () => {
    // The standard's worked example, and an enterprise's code as printed on its business licence.
    for (const code of ['91350100M000100Y43', '9144030071526726XG']) {
      expect(creditCodeProblem(code)).toBeNull();
      const wrongCheck = code.slice(0, 17) + (code[17] === '0' ? '1' : '0');
      expect(creditCodeProblem(wrongCheck)).toBe('check');
    }
  });

  it('any single substitution in the first 17 characters is caught by the check character', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...CHARS), { minLength: 17, maxLength: 17 }), fc.nat(16), fc.constantFrom(...CHARS), (chars, at, replacement) => {
        // Positions 3–8 are the 行政区划码: digits only.
        for (let i = 2; i < 8; i++) if (!/\d/.test(chars[i]!)) chars[i] = '5';
        const body = chars.join('');
        const code = body + creditCodeCheckCharacter(body);
        expect(creditCodeProblem(code)).toBeNull();
        if (replacement === body[at] || (at >= 2 && at < 8 && !/\d/.test(replacement))) return;
        const changed = body.slice(0, at) + replacement + body.slice(at + 1);
        expect(creditCodeProblem(changed + code[17])).toBe('check');
      }),
      { numRuns: 1000 },
    );
  });

  it('says what is wrong: the length, a letter outside the alphabet (I O S V Z), a letter in the division code', () => {
    expect(creditCodeProblem('91350100M000100Y4')).toBe('length');
    expect(creditCodeProblem('91350100M000100I43')).toBe('characters');
    expect(creditCodeProblem('9135010AM000100Y43')).toBe('characters');
    expect(normaliseCreditCode(' ９１３５０１００m０００１００y４３ ')).toBe('91350100M000100Y43');
  });
});
