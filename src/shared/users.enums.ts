/**
 * The account list's statuses (users feature; the web's account pages read the same labels).
 */
import type { Label } from './enums.js';

/** How the account list filters accounts (one account may be locked and must change its password too). */
export const USER_STATUSES = ['active', 'disabled', 'locked', 'must_change'] as const;
export type UserStatus = (typeof USER_STATUSES)[number];
export const USER_STATUS_LABELS = {
  active: { zh: '正常', en: 'Active' },
  disabled: { zh: '已停用', en: 'Disabled' },
  locked: { zh: '登录锁定', en: 'Sign-in locked' },
  must_change: { zh: '待修改密码', en: 'Must change password' },
} satisfies Record<UserStatus, Label>;
