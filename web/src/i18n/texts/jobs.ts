/**
 * Interface texts for background jobs (我的任务). Chinese is the source language; English must have
 * exactly its keys, or the file fails to compile.
 */
export const zh = {
  'console.menu.jobs': '我的任务',
  'jobs.title': '我的任务',
  'jobs.maintenance': '系统维护',
  'jobs.maintenanceHint': '维护任务在后台运行：可以离开本页，稍后回来查看进度。',
  'jobs.start': '开始{kind}',
  'jobs.current': '当前任务',
  'jobs.mine': '我发起的任务',
  'jobs.empty': '您还没有发起过任务',
  'jobs.kind': '任务',
  'jobs.status': '状态',
  'jobs.progress': '进度',
  'jobs.message': '说明',
  'jobs.createdAt': '发起时间',
  'jobs.finishedAt': '结束时间',
  'jobs.cancel': '取消任务',
  'jobs.counts': '已完成 {done} / {total}',
  'jobs.sizeUnknown': '正在统计工作量',
  'jobs.startedAt': '发起于 {at}',
  'jobs.nextAttempt': '将于 {at} 进行第 {attempt} 次尝试（共 {max} 次）',
} as const;

export const en: Record<keyof typeof zh, string> = {
  'console.menu.jobs': 'My jobs',
  'jobs.title': 'My jobs',
  'jobs.maintenance': 'Maintenance',
  'jobs.maintenanceHint': 'Maintenance jobs run in the background: you may leave this page and come back to see how far they are.',
  'jobs.start': 'Start: {kind}',
  'jobs.current': 'This job',
  'jobs.mine': 'Jobs I started',
  'jobs.empty': 'You have not started any job yet',
  'jobs.kind': 'Job',
  'jobs.status': 'Status',
  'jobs.progress': 'Progress',
  'jobs.message': 'Message',
  'jobs.createdAt': 'Started',
  'jobs.finishedAt': 'Ended',
  'jobs.cancel': 'Cancel job',
  'jobs.counts': '{done} of {total} done',
  'jobs.sizeUnknown': 'Working out the size',
  'jobs.startedAt': 'started {at}',
  'jobs.nextAttempt': 'Attempt {attempt} of {max} at {at}',
};
