/** What the follow-up of winners tells people (features/evaluation/follow-up sends it): the winner, when an agreement is recorded for its entry. */
import { defineNotificationKinds, type NotificationKinds } from './notifications.js';

export const FOLLOW_UP_NOTIFICATIONS = defineNotificationKinds({
  'evaluation.agreement_recorded': {
    label: { zh: '跟踪服务协议', en: 'Service agreement' },
    title: { zh: '新的跟踪服务协议：{project}', en: 'New service agreement: {project}' },
    body: {
      zh: '「{campaign}」获奖项目「{project}」已记录与{provider}的跟踪服务协议。请在“我的报名”查看协议、里程碑并填报绩效。',
      en: 'A service agreement with {provider} is recorded for {project}, a winner of {campaign}. See its milestones and file KPI reports under My registrations.',
    },
  },
});

declare module './notifications.js' {
  interface NotificationKindCatalog extends NotificationKinds<typeof FOLLOW_UP_NOTIFICATIONS> {}
}
