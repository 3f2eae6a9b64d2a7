/** Follow-up of winners: service agreements, milestones, KPI reports (zh-CN first). */
import { defineMessages, type Catalog } from '../../../shared/messages.js';

export const FOLLOW_UP_MESSAGES = defineMessages({
  FOLLOW_UP_NOT_PUBLISHED: {
    status: 409,
    zh: '评审活动当前为「{status}」，结果公布（已发布）后才能记录跟踪服务和绩效报告。',
    en: 'The campaign is "{status}"; follow-up is recorded once its results are published.',
    enums: { status: 'status' },
  },
  FOLLOW_UP_NOT_AWARDED: { status: 409, zh: '该项目未获奖，只有获奖项目才有跟踪服务和绩效报告。', en: 'The entry won no award; follow-up is for awarded entries only.' },
  KPI_PERIOD_FUTURE: { status: 409, zh: '{period}尚未开始，不能填报。', en: '{period} has not begun yet; it cannot be reported.' },
  KPI_PERIOD_TAKEN: { status: 409, zh: '{period}的绩效报告已填报，如需修改请更正原报告。', en: 'The report for {period} has been filed; correct it instead.' },
  KPI_PERIOD_CLOSED: { status: 409, zh: '{period}的绩效报告已过更正期限（下一季度末），不能再更正。', en: 'The report for {period} is past its correction window (the end of the next quarter).' },
  MILESTONE_DONE_BEFORE_SIGNED: { status: 400, zh: '完成日期不能早于协议签订日期 {signedOn}。', en: 'The done date cannot be before the agreement was signed ({signedOn}).' },
});

declare module '../../../shared/messages.js' {
  interface MessageCatalog extends Catalog<typeof FOLLOW_UP_MESSAGES> {}
}
