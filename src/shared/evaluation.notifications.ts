/**
 * What the evaluation engine tells people (features/evaluation sends them): judges about their
 * assignments and reminders, applicants about their registration and results. Parameters are the
 * campaign's and stage's names as the organiser wrote them, counts, and dates (YYYY-MM-DD, worded
 * 2021年11月16日 in Chinese). A deadline is a sentence of its own, left out when the stage has no end date.
 */
import { defineMessages } from './messages.js';
import { defineNotificationKinds, type NotificationKinds } from './notifications.js';

const DEADLINE = defineMessages({
  NOTIFY_SCORING_DEADLINE: { zh: '评分截止日期：{endsOn}。', en: 'Scoring closes on {endsOn}.', enums: { endsOn: 'partialDate' } },
});
/** The parameters that add the deadline sentence to a body (nothing when the stage has no end date). */
export function deadlineParams(endsOn: string | null): Record<string, string> {
  return endsOn ? { deadline: 'NOTIFY_SCORING_DEADLINE' satisfies keyof typeof DEADLINE, endsOn } : {};
}

export const EVALUATION_NOTIFICATIONS = defineNotificationKinds({
  'evaluation.judge_assigned': {
    label: { zh: '评审任务', en: 'Judging assignment' },
    title: { zh: '新的评审任务：{campaign}', en: 'New judging assignment: {campaign}' },
    body: {
      zh: '您被安排评审「{campaign}」{stage}的 {count} 个项目。请先签署评审承诺书，再逐项评分并提交。{deadline}',
      en: 'You are to judge {count} entries in {stage} of {campaign}. Confirm the judge commitment first, then score and submit each entry. {deadline}',
      enums: { deadline: 'message', endsOn: 'partialDate' },
    },
  },
  'evaluation.judge_reminder': {
    label: { zh: '评分提醒', en: 'Scoring reminder' },
    title: { zh: '评分提醒：{campaign}', en: 'Scoring reminder: {campaign}' },
    body: {
      zh: '「{campaign}」{stage}：您已提交 {submitted} 份评分表，共 {assigned} 份，请尽快完成。{deadline}',
      en: '{stage} of {campaign}: you have submitted {submitted} of {assigned} score sheets; please finish them. {deadline}',
      enums: { deadline: 'message', endsOn: 'partialDate' },
    },
  },
  'evaluation.registration_received': {
    label: { zh: '报名确认', en: 'Registration received' },
    title: { zh: '报名成功：{campaign}', en: 'Registration received: {campaign}' },
    body: {
      zh: '「{project}」已报名「{campaign}」{category}。请以统一社会信用代码 {username} 登录，在“我的报名”查看各阶段结果。',
      en: '{project} is registered for {campaign} ({category}). Sign in with the unified social credit code {username} and follow each stage under My registrations.',
    },
  },
  'evaluation.results_published': {
    label: { zh: '结果公布', en: 'Results published' },
    title: { zh: '评审结果已公布：{campaign}', en: 'Results published: {campaign}' },
    body: {
      zh: '「{campaign}」{stage}的评审结果已公布，公示期至 {publicityEndsOn}。请在“我的报名”查看。',
      en: 'The results of {stage} of {campaign} are published; the public notice runs until {publicityEndsOn}. See My registrations.',
      enums: { publicityEndsOn: 'partialDate' },
    },
  },
});

declare module './notifications.js' {
  interface NotificationKindCatalog extends NotificationKinds<typeof EVALUATION_NOTIFICATIONS> {}
}
