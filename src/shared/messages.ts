/**
 * Error codes and their messages, zh-CN first. The API answers with the message in the
 * caller's language; the web client shows it as it is.
 */
import type { Lang } from './enums.js';

export const ERROR_MESSAGES = {
  VALIDATION_FAILED: { zh: '提交的内容有误，请检查标出的字段。', en: 'The request has invalid fields; please check them.' },
  BAD_URL: { zh: '请求地址无效或过长。', en: 'The request address is malformed or too long.' },
  BAD_JSON: { zh: '请求内容不是有效的 JSON。', en: 'The request body is not valid JSON.' },
  PAYLOAD_TOO_LARGE: { zh: '请求内容过大（上限 {limit}）。', en: 'The request body is too large (limit {limit}).' },
  UNSUPPORTED_MEDIA_TYPE: { zh: '不支持的内容类型，请以 application/json 提交。', en: 'Unsupported content type; send application/json.' },
  UNAUTHENTICATED: { zh: '请先登录。', en: 'Please sign in first.' },
  INVALID_CREDENTIALS: { zh: '用户名或密码错误。', en: 'Wrong username or password.' },
  ACCOUNT_LOCKED: {
    zh: '登录失败次数过多，账号已锁定，请 {minutes} 分钟后再试。',
    en: 'Too many failed sign-ins; the account is locked. Try again in {minutes} minutes.',
  },
  RATE_LIMITED: { zh: '请求过于频繁，请稍后再试。', en: 'Too many requests; please try again later.' },
  FORBIDDEN: { zh: '您没有执行此操作的权限。', en: 'You are not allowed to do this.' },
  NOT_FOUND: { zh: '未找到该记录，或您无权查看。', en: 'Not found, or you may not see it.' },
  ROUTE_NOT_FOUND: { zh: '接口不存在。', en: 'No such endpoint.' },
  INVALID_TRANSITION: {
    zh: '当前状态为「{from}」，不能执行「{action}」。',
    en: 'The record is "{from}"; "{action}" is not possible now.',
  },
  DUPLICATE_CODE: { zh: '编码「{code}」已被使用。', en: 'The code "{code}" is already in use.' },
  INVALID_PARENT: { zh: '「{parentType}」下不能设立「{childType}」。', en: 'A {childType} cannot sit under a {parentType}.' },
  WEAK_PASSWORD: { zh: '密码不符合安全策略：{reason}', en: 'The password does not meet the policy: {reason}' },
  WRONG_PASSWORD: { zh: '当前密码不正确。', en: 'The current password is wrong.' },
  PASSWORD_CHANGE_REQUIRED: {
    zh: '您的密码由管理员设置或重置，请先修改密码，然后再继续使用。',
    en: 'Your password was set or reset by an administrator; change it before you continue.',
  },
  SELF_CHANGE_FORBIDDEN: {
    zh: '不能修改自己的角色、区域范围或启用状态，也不能重置自己的密码，请由另一位安全管理员办理。',
    en: 'You cannot change your own role, zone scope or active status, nor reset your own password; ask another security administrator.',
  },
  DUPLICATE_USERNAME: { zh: '用户名「{username}」已被使用。', en: 'The username "{username}" is already taken.' },
  DATE_BEFORE_PREVIOUS: {
    zh: '日期不能早于上一阶段的日期（{previous}）。',
    en: 'The date cannot be earlier than the previous stage ({previous}).',
  },
  ADOPTION_OWN_ZONE: { zh: '不能登记本区域成果的复制推广。', en: 'A zone cannot adopt its own innovation.' },
  DUPLICATE_ADOPTION: { zh: '{zone}已登记过该成果的复制推广。', en: '{zone} has already recorded this adoption.' },
  INTERNAL: { zh: '服务器内部错误，请稍后再试。', en: 'Internal server error; please try again later.' },
} as const;

export type ErrorCode = keyof typeof ERROR_MESSAGES;

/** Fills {placeholders} in the message of `code` for `lang`. */
export function formatErrorMessage(code: ErrorCode, lang: Lang, params: Record<string, string | number> = {}): string {
  return ERROR_MESSAGES[code][lang].replace(/\{(\w+)\}/g, (_, key: string) => String(params[key] ?? ''));
}

/** Picks zh unless the caller clearly prefers English (Accept-Language or ?lang=en). */
export function pickLang(acceptLanguage: string | undefined): Lang {
  if (!acceptLanguage) return 'zh';
  const first = acceptLanguage.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'zh';
}
