/** Error codes of the non-scored stages' records: checklists, checks, conclusions, sessions, attendance (zh-CN first). */
import { defineMessages, type Catalog } from '../../../shared/messages.js';

export const ACTIVITIES_MESSAGES = defineMessages({
  STAGE_NOT_DILIGENCE: { status: 409, zh: '该阶段不是资格审查或尽职调查阶段，没有核查清单。', en: 'The stage is not a qualification check or due-diligence stage; it has no checklist.' },
  STAGE_NOT_ACTIVITY: { status: 409, zh: '该阶段不是活动阶段，没有活动场次和出勤记录。', en: 'The stage is not an activity stage; it has no sessions or attendance.' },
  STAGE_NOT_RECORDING: {
    status: 409,
    zh: '阶段当前为「{status}」，只有进行中的阶段才能登记记录。',
    en: 'The stage is "{status}"; records are kept only while it is in progress.',
    enums: { status: 'status' },
  },
  ENTRY_NOT_IN_RUNNING: { status: 400, zh: '参评项目 {id} 不在本阶段的参评名单中。', en: 'Entry {id} is not in the running of this stage.' },
  CHECKLIST_ITEM_UNKNOWN: { status: 400, zh: '核查事项 {id} 不属于本阶段的核查清单。', en: 'Item {id} is not on this stage\'s checklist.' },
  CONCLUSION_REASON_REQUIRED: { status: 400, zh: '结论为“不通过”时须填写理由。', en: 'A "not passed" conclusion needs its reason.' },
  CONCLUSION_ITEMS_OPEN: {
    status: 409,
    zh: '还有 {count} 项必查事项未核查通过，结论不能为“通过”。',
    en: '{count} required item(s) have not passed; the conclusion cannot be "passed".',
  },
  CONCLUSIONS_MISSING: {
    status: 409,
    zh: '还有 {count} 个参评项目没有核查结论，阶段不能结束。',
    en: 'Entries in the running without a conclusion: {count}; the stage cannot close.',
  },
  SESSION_OUTSIDE_STAGE: {
    status: 400,
    zh: '活动日期须在阶段的起止日期（{startsOn} 至 {endsOn}）之内。',
    en: 'The session must fall within the stage\'s dates ({startsOn} to {endsOn}).',
  },
});

declare module '../../../shared/messages.js' {
  interface MessageCatalog extends Catalog<typeof ACTIVITIES_MESSAGES> {}
}
