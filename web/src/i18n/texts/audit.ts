/**
 * Interface texts for the audit log and its verification. Chinese is the source language; English
 * must have exactly its keys, or the file fails to compile.
 */
export const zh = {
  'console.menu.audit': '审计日志',
  'audit.field': '字段',
  'audit.value': '内容',
  'audit.noFieldChanges': '此事件未记录字段内容。',
  'audit.entityGone': '编号 {id}（已不存在）',

  'audit.title': '审计日志',
  'audit.entityType': '对象类型',
  'audit.action': '操作',
  'audit.actor': '操作人',
  'audit.dateRange': '时间范围',
  'audit.at': '时间',
  'audit.ip': 'IP 地址',
  'audit.entity': '对象',
  'audit.summary': '摘要',
  'audit.hash': '哈希',
  'audit.before': '变更前',
  'audit.after': '变更后',
  'audit.verify': '校验哈希链',
  'audit.verifyOk': '哈希链完整，已校验 {n} 条',
  'audit.verifyBroken': '哈希链断裂：第 {id} 号记录校验失败（已校验 {n} 条）',
  'audit.expand': '展开变更内容',
  'audit.type': '事件',
} as const;

export const en: Record<keyof typeof zh, string> = {
  'console.menu.audit': 'Audit log',
  'audit.field': 'Field',
  'audit.value': 'Value',
  'audit.noFieldChanges': 'This event records no fields.',
  'audit.entityGone': 'No. {id} (no longer exists)',

  'audit.title': 'Audit log',
  'audit.entityType': 'Entity type',
  'audit.action': 'Action',
  'audit.actor': 'Actor',
  'audit.dateRange': 'Date range',
  'audit.at': 'Time',
  'audit.ip': 'IP address',
  'audit.entity': 'Entity',
  'audit.summary': 'Summary',
  'audit.hash': 'Hash',
  'audit.before': 'Before',
  'audit.after': 'After',
  'audit.verify': 'Verify hash chain',
  'audit.verifyOk': 'Hash chain intact: {n} entries checked',
  'audit.verifyBroken': 'Hash chain broken at entry #{id} ({n} entries checked)',
  'audit.expand': 'Show changes',
  'audit.type': 'Event',
};
