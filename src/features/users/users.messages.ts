/** Account management codes and field messages (zh-CN first). */
import { defineMessages, type Catalog } from '../../shared/messages.js';

export const USER_MESSAGES = defineMessages({
  SELF_CHANGE_FORBIDDEN: {
    status: 403,
    zh: '不能修改自己的角色、区域范围或启用状态，也不能重置自己的密码，请由另一位安全管理员办理。',
    en: 'You cannot change your own role, zone scope or active status, nor reset your own password; ask another security administrator.',
  },
  DUPLICATE_USERNAME: { status: 409, zh: '用户名「{username}」已被使用。', en: 'The username "{username}" is already taken.' },
  role_without_scope: { zh: '该角色不设区域范围', en: 'This role has no zone scope' },
  scope_zone_unknown: { zh: '区域不存在', en: 'No such zone' },
  idle_over_session: { zh: '空闲时限不能超过会话最长时间', en: 'The idle limit cannot exceed the maximum session length' },
});

declare module '../../shared/messages.js' {
  interface MessageCatalog extends Catalog<typeof USER_MESSAGES> {}
}
