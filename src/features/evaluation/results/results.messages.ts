/** Results, publication, 公示 and objections (zh-CN first). */
import { defineMessages, type Catalog } from '../../../shared/messages.js';

export const RESULTS_MESSAGES = defineMessages({
  RESULTS_STAGE_NOT_CLOSED: {
    status: 409,
    zh: '阶段当前为「{status}」，评分结束（已结束）后才能计算结果。',
    en: 'The stage is "{status}"; results are computed once scoring has closed.',
    enums: { status: 'status' },
  },
  RESULTS_METHOD_UNAVAILABLE: {
    status: 400,
    zh: '去掉最高最低分后平均要求每个项目至少有 {min} 位评委，本阶段不能使用。',
    en: 'The trimmed mean needs at least {min} judges on every entry; it is not available for this stage.',
  },
  RESULTS_NO_SHEETS: { status: 409, zh: '本阶段还没有已提交的评分表，无法计算结果。', en: 'The stage has no submitted score sheets to compute results from.' },
  RESULTS_ALREADY_PUBLISHED: {
    status: 409,
    zh: '本阶段结果当前为「{status}」，已发布的结果不能重新计算。',
    en: 'The stage\'s results are "{status}"; published results are never recomputed.',
    enums: { status: 'status' },
  },
  RESULTS_NOT_COMPUTED: { status: 409, zh: '本阶段还没有待发布的结果，请先计算并保存结果。', en: 'The stage has no pending results; compute and save them first.' },
  RESULTS_SAME_METHOD: { status: 400, zh: '请选择两种不同的计分方法进行比较。', en: 'Choose two different methods to compare.' },
  PUBLICITY_CALENDAR_NOT_COVERED: {
    status: 400,
    zh: '节假日安排只覆盖到 {last} 年，无法为 {year} 年计算公示期的工作日，请选择其他开始日期。',
    en: 'The holiday calendar covers years up to {last}; working days in {year} cannot be counted. Choose another start date.',
  },
  PUBLICITY_NOT_ENDED: { status: 409, zh: '公示期至 {endsOn} 结束，结束后才能确认结果。', en: 'The public notice runs until {endsOn}; the results can be confirmed after it ends.' },
  OBJECTIONS_UNANSWERED: {
    status: 409,
    zh: '还有{count}件异议未答复，答复后才能确认结果。',
    en: '{count} objection(s) have not been answered; answer them before confirming.',
    enums: { count: 'count' },
  },
  OBJECTION_UPHELD: { status: 409, zh: '有异议成立，请重新开放结果、重新计算后再发布。', en: 'An objection was upheld: reopen the results, recompute and publish again.' },
  NO_UPHELD_OBJECTION: { status: 409, zh: '没有成立的异议，结果不能重新开放。', en: 'No objection was upheld; the results cannot be reopened.' },
  OBJECTIONS_CLOSED: { status: 409, zh: '本阶段结果不在公示期内，不接受异议。', en: 'The stage\'s results are not under public notice; objections are not taken.' },
  OBJECTION_ENTRY_UNKNOWN: { status: 400, zh: '项目 {id} 不在本阶段公示的结果中。', en: 'Entry {id} is not among the results under notice.' },
  OBJECTION_ALREADY_ANSWERED: { status: 409, zh: '该异议已答复。', en: 'The objection has already been answered.' },
});

declare module '../../../shared/messages.js' {
  interface MessageCatalog extends Catalog<typeof RESULTS_MESSAGES> {}
}
