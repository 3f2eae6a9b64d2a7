/**
 * 统一社会信用代码 (unified social credit code), GB 32100-2015: 18 characters from the 31-letter
 * alphabet 0–9 and A–Y without I, O, S, V, Z — 登记管理部门码 (1), 机构类别码 (1), 登记管理机关
 * 行政区划码 (6 digits), 主体标识码 (9, the organisation code) and a check character computed over
 * the first 17 with weights 3^(i−1) mod 31: check = 31 − (Σ weightᵢ × valueᵢ mod 31), 31 → 0.
 */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const SHAPE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

export type CreditCodeProblem = 'length' | 'characters' | 'check';

/** The code as people type it: spaces dropped, full-width folded, letters upper-cased. */
export function normaliseCreditCode(input: string): string {
  return input.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
}

/** The check character for the first 17 characters. */
export function creditCodeCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += WEIGHTS[i]! * ALPHABET.indexOf(first17[i]!);
  const check = 31 - (sum % 31);
  return ALPHABET[check === 31 ? 0 : check]!;
}

/** Why a (normalised) code is not valid, or null when it is. */
export function creditCodeProblem(code: string): CreditCodeProblem | null {
  if (code.length !== 18) return 'length';
  if (!SHAPE.test(code)) return 'characters';
  return creditCodeCheckCharacter(code.slice(0, 17)) === code[17] ? null : 'check';
}
