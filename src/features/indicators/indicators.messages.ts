/** Indicator error codes (zh-CN first); units and period kinds are shown through their labels. */
import { defineEnumLabels, defineMessages, type Catalog } from '../../shared/messages.js';
import { PERIOD_KIND_LABELS, UNIT_DEFINITIONS } from '../../shared/indicators.enums.js';

defineEnumLabels('unit', Object.fromEntries(Object.entries(UNIT_DEFINITIONS).map(([unit, definition]) => [unit, definition.label])));
defineEnumLabels('periodKind', PERIOD_KIND_LABELS);

export const INDICATOR_MESSAGES = defineMessages({
  INDICATOR_CODE_TAKEN: { status: 409, zh: '指标代码「{code}」已被使用。', en: 'The indicator code "{code}" is already in use.' },
  INDICATOR_UNKNOWN: { status: 400, zh: '没有代码为「{code}」的指标。', en: 'There is no indicator with the code "{code}".' },
  INDICATOR_SHAPE_LOCKED: {
    status: 409,
    zh: '该指标已有数据，不能再修改单位或期间类型；请新建一个指标。',
    en: 'This indicator has values; its unit and period kind can no longer change. Create a new indicator instead.',
  },
  INDICATOR_UNIT_INCOMPATIBLE: {
    status: 400,
    zh: '单位“{unit}”不能换算为该指标的单位“{expected}”（量纲不同，不能混用）。',
    en: 'The unit "{unit}" cannot be converted to the indicator\'s unit "{expected}" (a different dimension; they are never mixed).',
    enums: { unit: 'unit', expected: 'unit' },
  },
  INDICATOR_PERIOD_KIND: {
    status: 400,
    zh: '期间“{period}”不是该指标的期间类型（{kind}）。',
    en: 'The period "{period}" is not of this indicator\'s period kind ({kind}).',
    enums: { kind: 'periodKind' },
  },
  INDICATOR_RANGE_ORDER: { status: 400, zh: '起始期间不能晚于截止期间。', en: 'The first period cannot come after the last.' },
  INDICATOR_VALUE_EXISTS: {
    status: 409,
    zh: '{zone} {period} 已有该指标的数据；如需修改，请提交更正并说明原因。',
    en: '{zone} already has a value of this indicator for {period}; to change it, submit a correction with its reason.',
  },
  INDICATOR_VALUE_CONFLICT: {
    status: 409,
    zh: '同一项数据刚刚由他人录入，本次提交未保存；请刷新后核对。',
    en: 'Someone else has just recorded the same value; nothing was saved. Reload and check.',
  },
  INDICATOR_VALUE_REPEATED: {
    status: 400,
    zh: '同一次提交中，{zone} {period} 出现了不止一次。',
    en: 'The same submission gives {zone} {period} more than once.',
  },
  INDICATOR_VALUE_SUPERSEDED: {
    status: 409,
    zh: '该数据已被更正，请在最新版本上操作。',
    en: 'This value has been corrected since; act on its latest version.',
  },
  INDICATOR_CORRECTION_UNCHANGED: {
    status: 409,
    zh: '更正后的数值、单位、限定词与来源与当前版本相同，没有可更正的内容。',
    en: 'The correction gives the same value, qualifier and source as the current version; there is nothing to correct.',
  },
  INDICATOR_VALUE_PUBLISHED: { status: 409, zh: '该数据已经发布。', en: 'This value has already been published.' },
});

declare module '../../shared/messages.js' {
  interface MessageCatalog extends Catalog<typeof INDICATOR_MESSAGES> {}
}
