/** Sign-in and password error codes (their HTTP status, zh-CN first). */
import { defineMessages, type Catalog } from '../../shared/messages.js';

export const AUTH_MESSAGES = defineMessages({
  INVALID_CREDENTIALS: { status: 401, zh: '用户名或密码错误。', en: 'Wrong username or password.' },
  ACCOUNT_LOCKED: {
    status: 423,
    zh: '登录失败次数过多，账号已锁定，请 {minutes} 分钟后再试。',
    en: 'Too many failed sign-ins; the account is locked. Try again in {minutes} minutes.',
  },
  WEAK_PASSWORD: { status: 400, zh: '密码不符合安全策略：{reason}', en: 'The password does not meet the policy: {reason}', enums: { reason: 'message' } },
  // Why a password fails the policy: WEAK_PASSWORD's reason, and the field's own message.
  password_too_short: { zh: '至少 {min} 位', en: 'at least {min} characters' },
  password_too_long: { zh: '最多 {max} 位', en: 'at most {max} characters' },
  password_few_classes: { zh: '需包含大写字母、小写字母、数字、符号中的至少{classes}类', en: 'use at least {classes} of: upper case, lower case, digits, symbols', enums: { classes: 'count' } },
  password_has_username: { zh: '不能包含用户名', en: 'must not contain the username' },
  password_unchanged: { zh: '不能与当前密码相同', en: 'must differ from the current password' },
  WRONG_PASSWORD: { status: 400, zh: '当前密码不正确。', en: 'The current password is wrong.' },
  current_password_wrong: { zh: '当前密码不正确', en: 'Wrong password' },
  PASSWORD_CHANGE_REQUIRED: {
    status: 403,
    zh: '您的密码由管理员设置或重置，请先修改密码，然后再继续使用。',
    en: 'Your password was set or reset by an administrator; change it before you continue.',
  },
});

declare module '../../shared/messages.js' {
  interface MessageCatalog extends Catalog<typeof AUTH_MESSAGES> {}
}
