/**
 * Localised messages for schema validation issues. Custom schema messages are keys of
 * FIELD_MESSAGES (e.g. 'date_format'), so one schema serves the API and the forms in both languages.
 */
import type { Lang, Label } from './enums.js';

export const FIELD_MESSAGES = {
  required: { zh: '必填', en: 'Required' },
  date_format: { zh: '日期格式应为 YYYY-MM-DD（半角数字）', en: 'Use the date format YYYY-MM-DD' },
  date_invalid: { zh: '不是有效的日期', en: 'Not a valid date' },
  code_format: {
    zh: '编码只能使用半角大写字母、数字和连字符，以字母开头',
    en: 'Use upper-case ASCII letters, digits and hyphens, starting with a letter',
  },
  no_control_chars: { zh: '不能包含控制字符或表情符号', en: 'Control characters and emoji are not allowed' },
  date_future: { zh: '日期不能晚于今天', en: 'The date cannot be in the future' },
  date_range: { zh: '日期应在 1900年1月1日 至 2100年12月31日 之间', en: 'Use a date between 1900-01-01 and 2100-12-31' },
  bad_unicode: { zh: '包含无法保存的字符（空字符或残缺的编码）', en: 'Contains characters that cannot be stored (NUL or a broken encoding)' },
  not_blank: { zh: '不能为空白', en: 'Cannot be blank' },
  decimal_format: { zh: '应为不超过两位小数的非负数', en: 'Use a non-negative number with at most two decimals' },
  effect_value_format: { zh: '应为数字（可带负号，最多四位小数），单位请填在“单位”栏', en: 'Use a number (optionally negative, up to four decimals); put the unit in its own field' },
  username_format: { zh: '用户名只能使用半角字母、数字、下划线', en: 'Use ASCII letters, digits and underscores' },
} satisfies Record<string, Label>;
export type FieldMessageKey = keyof typeof FIELD_MESSAGES;

const TYPE_NAMES: Record<string, Label> = {
  string: { zh: '文本', en: 'text' },
  number: { zh: '数字', en: 'a number' },
  int: { zh: '整数', en: 'an integer' },
  boolean: { zh: '布尔值', en: 'a boolean' },
  array: { zh: '数组', en: 'an array' },
  object: { zh: '对象', en: 'an object' },
};

/** The shape of one issue as fastify-type-provider-zod reports it. */
export type ValidationIssue = {
  keyword: string;
  instancePath: string;
  message?: string;
  params?: Record<string, unknown>;
};

function typeName(expected: unknown, lang: Lang): string {
  return TYPE_NAMES[String(expected)]?.[lang] ?? String(expected);
}

/** One human message per issue, in `lang`. */
export function localiseIssue(issue: ValidationIssue, lang: Lang): { path: string; message: string } {
  const params = issue.params ?? {};
  const path = issue.instancePath.replace(/^\//, '').replace(/\//g, '.');
  const zh = lang === 'zh';
  const custom = issue.message && issue.message in FIELD_MESSAGES ? FIELD_MESSAGES[issue.message as FieldMessageKey][lang] : undefined;
  if (custom) return { path, message: custom };
  switch (issue.keyword) {
    case 'invalid_type': {
      if (issue.message?.includes('received undefined')) return { path, message: FIELD_MESSAGES.required[lang] };
      const expected = typeName(params.expected, lang);
      return { path, message: zh ? `类型错误，应为${expected}` : `Wrong type; expected ${expected}` };
    }
    case 'too_small': {
      const min = Number(params.minimum);
      if (params.origin === 'string') {
        return { path, message: min <= 1 ? FIELD_MESSAGES.required[lang] : zh ? `至少 ${min} 个字符` : `At least ${min} characters` };
      }
      if (params.origin === 'array') return { path, message: zh ? `至少 ${min} 项` : `At least ${min} items` };
      return { path, message: zh ? `不能小于 ${min}` : `Must be at least ${min}` };
    }
    case 'too_big': {
      const max = Number(params.maximum);
      if (params.origin === 'string') return { path, message: zh ? `最多 ${max} 个字符` : `At most ${max} characters` };
      if (params.origin === 'array') return { path, message: zh ? `最多 ${max} 项` : `At most ${max} items` };
      return { path, message: zh ? `不能大于 ${max}` : `Must be at most ${max}` };
    }
    case 'unrecognized_keys': {
      const keys = Array.isArray(params.keys) ? params.keys.join(', ') : '';
      return { path: path || keys, message: zh ? `不允许的字段：${keys}` : `Unknown field(s): ${keys}` };
    }
    case 'invalid_value': {
      const values = Array.isArray(params.values) ? params.values.join(' / ') : '';
      return { path, message: zh ? `取值不在允许范围内（${values}）` : `Not an allowed value (${values})` };
    }
    case 'invalid_format':
      return { path, message: zh ? '格式不正确' : 'Invalid format' };
    default:
      return { path, message: zh ? '取值无效' : 'Invalid value' };
  }
}
