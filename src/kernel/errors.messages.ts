/** The error codes every feature may answer with (their HTTP status, zh-CN first). Feature-specific codes live with their feature. */
import { defineMessages, type Catalog } from '../shared/messages.js';

export const KERNEL_ERRORS = defineMessages({
  VALIDATION_FAILED: { status: 400, zh: '提交的内容有误，请检查标出的字段。', en: 'The request has invalid fields; please check them.' },
  BAD_URL: { status: 400, zh: '请求地址无效或过长。', en: 'The request address is malformed or too long.' },
  BAD_JSON: { status: 400, zh: '请求内容不是有效的 JSON。', en: 'The request body is not valid JSON.' },
  PAYLOAD_TOO_LARGE: { status: 413, zh: '请求内容过大（上限 {limit}）。', en: 'The request body is too large (limit {limit}).' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, zh: '不支持的内容类型，请以 application/json 提交。', en: 'Unsupported content type; send application/json.' },
  UNAUTHENTICATED: { status: 401, zh: '请先登录。', en: 'Please sign in first.' },
  RATE_LIMITED: { status: 429, zh: '请求过于频繁，请稍后再试。', en: 'Too many requests; please try again later.' },
  FORBIDDEN: { status: 403, zh: '您没有执行此操作的权限。', en: 'You are not allowed to do this.' },
  NOT_FOUND: { status: 404, zh: '未找到该记录，或您无权查看。', en: 'Not found, or you may not see it.' },
  ROUTE_NOT_FOUND: { status: 404, zh: '接口不存在。', en: 'No such endpoint.' },
  INVALID_TRANSITION: {
    status: 409,
    zh: '当前状态为「{from}」，不能执行「{action}」。',
    en: 'The record is "{from}"; "{action}" is not possible now.',
    enums: { from: 'status', action: 'transition' },
  },
  INTERNAL: { status: 500, zh: '服务器内部错误，请稍后再试。', en: 'Internal server error; please try again later.' },
});

declare module '../shared/messages.js' {
  interface MessageCatalog extends Catalog<typeof KERNEL_ERRORS> {}
}
