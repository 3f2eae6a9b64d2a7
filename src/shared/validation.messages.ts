/**
 * Localised messages for schema validation issues. Custom schema messages are keys of
 * FIELD_MESSAGES (e.g. 'date_format'), so one schema serves the API and the forms in both languages;
 * other zod issues become a key with parameters (`issueKey`), localised where the answer is built.
 */
import type { Lang } from './enums.js';
import { defineEnumLabels, defineMessages, formatMessage, type Catalog, type MessageKey, type MessageParams } from './messages.js';

export const FIELD_MESSAGES = defineMessages({
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
  period_format: { zh: '报告期应为“年份-季度”，例如 2026-Q3', en: 'Use a year and quarter, e.g. 2026-Q3' },
  indicator_code_format: { zh: '指标代码只能使用半角小写字母、数字和下划线，以字母开头（2–48 个字符）', en: 'Use 2–48 lower-case ASCII letters, digits and underscores, starting with a letter' },
  indicator_value_format: { zh: '应为数字（可带负号，整数最多15位、最多8位小数，半角），单位与“约”“余”等请分开填写', en: 'Use a number (optionally negative, up to 15 digits and 8 decimals); give the unit and words such as 约 separately' },
  month_format: { zh: '月份应为 YYYY-MM（半角数字），例如 2021-03', en: 'Use a month as YYYY-MM, e.g. 2021-03' },
  power_code_format: { zh: '事项编码只能使用半角字母、数字和连字符（2–40 个字符）', en: 'Use 2–40 ASCII letters, digits and hyphens' },
  indicator_period_format: { zh: '期间应为年份（2020）、季度（2020Q3）或月份（2020-07）', en: 'Use a year (2020), a quarter (2020Q3) or a month (2020-07)' },
  bulletin_figure_key: { zh: '数据标记只能使用半角字母、数字和下划线，以字母开头（最多32个字符），正文中用双花括号引用', en: 'Use up to 32 ASCII letters, digits and underscores, starting with a letter; the text cites it in double braces' },
  indicator_zone_list: { zh: '区域应为以半角逗号分隔的编号（最多20个），例如 3,5,8', en: 'Use zone ids separated by commas (at most 20), e.g. 3,5,8' },
  indicator_code_list: { zh: '指标应为以半角逗号分隔的指标代码（最多10个）', en: 'Use indicator codes separated by commas (at most 10)' },
  email_format: { zh: '电子邮箱格式不正确，例如 name@example.com', en: 'Not an e-mail address (e.g. name@example.com)' },
});
export type FieldMessageKey = keyof typeof FIELD_MESSAGES;

/** Messages built from a zod issue's parameters. */
export const ISSUE_MESSAGES = defineMessages({
  wrong_type: { zh: '类型错误，应为{expected}', en: 'Wrong type; expected {expected}', enums: { expected: 'valueType' } },
  min_chars: { zh: '至少 {min} 个字符', en: 'At least {min} characters' },
  min_items: { zh: '至少 {min} 项', en: 'At least {min} items' },
  min_value: { zh: '不能小于 {min}', en: 'Must be at least {min}' },
  max_chars: { zh: '最多 {max} 个字符', en: 'At most {max} characters' },
  max_items: { zh: '最多 {max} 项', en: 'At most {max} items' },
  max_value: { zh: '不能大于 {max}', en: 'Must be at most {max}' },
  unknown_keys: { zh: '不允许的字段：{keys}', en: 'Unknown field(s): {keys}' },
  not_allowed_value: { zh: '取值不在允许范围内（{values}）', en: 'Not an allowed value ({values})' },
  bad_format: { zh: '格式不正确', en: 'Invalid format' },
  bad_value: { zh: '取值无效', en: 'Invalid value' },
});

declare module './messages.js' {
  interface MessageCatalog extends Catalog<typeof FIELD_MESSAGES>, Catalog<typeof ISSUE_MESSAGES> {}
}

defineEnumLabels('valueType', {
  string: { zh: '文本', en: 'text' },
  number: { zh: '数字', en: 'a number' },
  int: { zh: '整数', en: 'an integer' },
  boolean: { zh: '布尔值', en: 'a boolean' },
  array: { zh: '数组', en: 'an array' },
  object: { zh: '对象', en: 'an object' },
});

/** The shape of one issue as fastify-type-provider-zod reports it. */
export type ValidationIssue = {
  keyword: string;
  instancePath: string;
  message?: string;
  params?: Record<string, unknown>;
};

/** A field issue as an error carries it: the field, a message key and its raw parameters. */
export type KeyedIssue = { path: string; key: MessageKey; params?: MessageParams };

/** The key and parameters of one zod issue (localised where the response is built). */
export function issueKey(issue: ValidationIssue): KeyedIssue {
  const params = issue.params ?? {};
  const path = issue.instancePath.replace(/^\//, '').replace(/\//g, '.');
  if (issue.message && issue.message in FIELD_MESSAGES) return { path, key: issue.message as FieldMessageKey };
  switch (issue.keyword) {
    case 'invalid_type':
      if (issue.message?.includes('received undefined')) return { path, key: 'required' };
      return { path, key: 'wrong_type', params: { expected: String(params.expected) } };
    case 'too_small': {
      const min = Number(params.minimum);
      if (params.origin === 'string') return min <= 1 ? { path, key: 'required' } : { path, key: 'min_chars', params: { min } };
      return { path, key: params.origin === 'array' ? 'min_items' : 'min_value', params: { min } };
    }
    case 'too_big': {
      const max = Number(params.maximum);
      return { path, key: params.origin === 'string' ? 'max_chars' : params.origin === 'array' ? 'max_items' : 'max_value', params: { max } };
    }
    case 'unrecognized_keys': {
      const keys = Array.isArray(params.keys) ? params.keys.join(', ') : '';
      return { path: path || keys, key: 'unknown_keys', params: { keys } };
    }
    case 'invalid_value':
      return { path, key: 'not_allowed_value', params: { values: Array.isArray(params.values) ? params.values.join(' / ') : '' } };
    case 'invalid_format':
      return { path, key: 'bad_format' };
    default:
      return { path, key: 'bad_value' };
  }
}

/** One human message per issue, in `lang`. */
export function localiseIssue(issue: ValidationIssue, lang: Lang): { path: string; message: string } {
  const keyed = issueKey(issue);
  return { path: keyed.path, message: formatMessage(keyed.key, lang, keyed.params) };
}
