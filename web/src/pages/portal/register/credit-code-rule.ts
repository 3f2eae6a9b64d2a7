import { type CreditCodeProblem, creditCodeProblem, normaliseCreditCode } from '@shared/registry/credit-code';
import type { DictKey } from '../../../i18n/dictionary';

const PROBLEM_TEXT: Record<CreditCodeProblem, DictKey> = { length: 'register.codeLength', characters: 'register.codeCharacters', check: 'register.codeCheck' };

/** What is wrong with a typed code, in words (the same checker the server runs), or null when it is valid. */
export function creditCodeMessage(input: string): { key: DictKey; n: number } | null {
  const code = normaliseCreditCode(input);
  const problem = creditCodeProblem(code);
  return problem ? { key: PROBLEM_TEXT[problem], n: code.length } : null;
}

