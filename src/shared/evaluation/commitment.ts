/**
 * The judge's commitment (评审承诺书) a judge confirms before scoring a stage. The version is
 * recorded with the confirmation, so that a changed text is a new version and the record says
 * which one each judge confirmed. Shared so that the console shows the same text.
 */
import type { Label } from '../enums.js';

export const JUDGE_COMMITMENT_VERSION = '2026-1';

export const JUDGE_COMMITMENT_TEXT: Label = {
  zh: '本人承诺：独立、公正、客观地开展评审；与参评项目存在利害关系时主动申报回避；不泄露评审信息和评审结果；不接受参评单位的任何馈赠。',
  en: 'I will judge independently, fairly and objectively; declare any conflict of interest with an entry; disclose nothing of the evaluation or its results; and accept no gift from any entrant.',
};
