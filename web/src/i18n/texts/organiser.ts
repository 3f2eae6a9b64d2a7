/**
 * Interface texts of the organiser's stage work (评审组织): an expert's judge account, the entries
 * card, and a scored stage's draw, assignment and progress.
 * Chinese is the source language; English must have exactly its keys, or the file fails to compile.
 */
export const zh = {
  'expert.account': '评审账号',
  'expert.accountHint': '评委以此账号登录评分；评审账号由安全管理员在「用户与权限」中创建。未关联账号的专家不参加抽取。',
  'expert.accountNone': '未关联',
  'expert.accountPick': '搜索账号或姓名',
  'expert.accountMore': '另有 {n} 个账号，请输入以缩小范围',
};

export const en: Record<keyof typeof zh, string> = {
  'expert.account': 'Judge account',
  'expert.accountHint': 'The judge signs in with this account to score; judge accounts are made by the security administrator under Users. An expert without an account is not drawn.',
  'expert.accountNone': 'Not linked',
  'expert.accountPick': 'Search username or name',
  'expert.accountMore': '{n} more accounts; type to narrow down',
};
