/** 放权赋能事项 and 通办 error codes (zh-CN first). */
import { defineMessages, type Catalog } from '../../shared/messages.js';

export const POWER_MESSAGES = defineMessages({
  POWER_CODE_TAKEN: { status: 409, zh: '事项编码「{code}」已被使用。', en: 'The item code "{code}" is already in use.' },
  POWER_ITEM_UNKNOWN: { status: 400, zh: '没有编号为 {id} 的事项。', en: 'There is no item {id}.' },
  POWER_PARENT_TIER: {
    status: 400,
    zh: '{tier}的上级须是{parentTier}（主项 → 子项 → 办理项）。',
    en: 'A {tier} must sit under a {parentTier} (main item → sub-item → handling item).',
  },
  POWER_BATCH_UNKNOWN: { status: 400, zh: '没有编号为 {id} 的批次。', en: 'There is no batch {id}.' },
  POWER_ZONE_OUTSIDE: { status: 400, zh: '承接主体须在您所辖的区域内。', en: 'The receiving zone must be one of the zones you oversee.' },
  POWER_ENTRUSTMENT_REF: { status: 400, zh: '委托实施的事项须填写委托书文号。', en: 'An entrusted power needs the reference of its letter of entrustment (委托书).' },
  POWER_ALREADY_DELEGATED: {
    status: 409,
    zh: '该事项已下放（委托）给此承接主体且尚未收回。',
    en: 'This item is already delegated to this receiving zone and has not been withdrawn.',
  },
  POWER_EFFECTIVE_BEFORE_BATCH: { status: 400, zh: '生效日期不能早于批次的生效日期（{batchOn}）。', en: 'The effective date cannot come before the batch’s ({batchOn}).' },
  POWER_CHANGE_BEFORE_LAST: {
    status: 409,
    zh: '调整的生效日期不能早于该事项上一次变动的生效日期（{lastOn}）。',
    en: 'A change cannot take effect before the item’s previous change ({lastOn}).',
  },
  POWER_WITHDRAWN: { status: 409, zh: '该事项已收回，不能再调整或录入办件。', en: 'This delegation has been withdrawn; it can no longer be changed or take cases.' },
  POWER_NOT_RUNNING: { status: 409, zh: '事项投入运行后才能录入办件量。', en: 'Cases can be recorded only once the delegation is in operation.' },
  POWER_CASES_MISMATCH: {
    status: 400,
    zh: '计时办件（{timed}件）不能多于当月办件量（{count}件）。',
    en: 'The timed cases ({timed}) cannot outnumber the month’s cases ({count}).',
  },
  POWER_CASE_OUTSIDE_MONTH: { status: 400, zh: '第 {row} 件的办结日期不在 {month} 内。', en: 'Case {row} was not completed in {month}.' },
  POWER_CASE_ORDER: { status: 400, zh: '第 {row} 件的办结日期早于受理日期。', en: 'Case {row} was completed before it was received.' },
  POWER_CALENDAR_YEAR: { status: 400, zh: '{year} 年的法定节假日安排尚未收录，无法按工作日计算。', en: 'The holiday arrangement for {year} is not known yet; working days cannot be counted.' },
  POWER_RANGE_ORDER: { status: 400, zh: '起始日期不能晚于截止日期。', en: 'The first date cannot come after the last.' },
  POWER_WITHDRAW_BEFORE_EFFECTIVE: {
    status: 409,
    zh: '收回日期不能早于该事项最近一次生效的日期（{lastOn}）。',
    en: 'The withdrawal cannot come before the delegation last took effect ({lastOn}).',
  },
});

declare module '../../shared/messages.js' {
  interface MessageCatalog extends Catalog<typeof POWER_MESSAGES> {}
}
