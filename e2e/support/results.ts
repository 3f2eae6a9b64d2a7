/**
 * Set-up of a scored stage with results to show, through the API: a contest of 宜宾's (top 2
 * advance) with four registered companies, a panel of three new judges (accounts made by the
 * security admin, linked to experts) who all submitted every sheet, and the stage closed.
 */
import type { APIRequestContext } from 'playwright-core';
import { request as playwrightRequest } from 'playwright-core';
import type { AccountCreated, ExpertPage, ExpertSaved, MyAssignmentList } from './api-types.js';
import { zoneByCode } from './app.js';
import { apiAs, getJson } from './browser.js';
import { ZONE_CODES } from './constants.js';
import { buildOpenContest, creditCode, send } from './contest.js';

const JUDGE_PASSWORD = 'Pingshen@2026x';

/**
 * Scores (创新性 0–100, 可行性 0–10) per judge and company: the first two judges score closely and
 * put 甲 before 丙; the third spreads the entries widely and puts 丙 well before 甲. The mean follows
 * the wide spread (丙 second, advancing), the z-scores of totals weigh each judge alike (甲 second).
 */
const SCORES: [number, number][][] = [
  [[76, 8], [74, 7], [72, 7], [60, 6]],
  [[78, 8], [76, 7], [74, 7], [62, 6]],
  [[40, 4], [95, 9], [70, 7], [20, 2]],
];

export type ClosedContest = { campaignId: number; stageId: number; companies: { companyName: string; projectName: string }[] };

/** `tag` (CJK) keeps names apart between specs and runs; `asciiTag` (digits) does the same for usernames and credit codes. */
export async function buildClosedContest(baseUrl: string, title: string, tag: string, asciiTag: string): Promise<ClosedContest> {
  const admin = await apiAs(baseUrl, 'admin');
  const visitor = await apiAs(baseUrl, null);
  const secadmin = await apiAs(baseUrl, 'secadmin');
  const yibin = await zoneByCode(admin, ZONE_CODES.yibin);
  const contest = await buildOpenContest(admin, yibin.id, title);
  const { campaignId, stageId } = contest;
  const patched = await admin.patch(`/api/campaigns/stages/${stageId}`, { data: { advancement: { kind: 'top_n', n: 2, per: 'overall' } } });
  if (!patched.ok()) throw new Error(`PATCH stage: ${patched.status()} ${await patched.text()}`);
  const companies = ['甲', '乙', '丙', '丁'].map((name) => ({ companyName: `宜宾${name}${tag}科技有限公司`, projectName: `${name}项目${tag}` }));
  for (const [i, company] of companies.entries()) {
    await send(visitor, 'post', `/api/public/campaigns/${campaignId}/registrations`, {
      ...company, creditCode: creditCode(`91511500MA6X${asciiTag.slice(-4).padStart(4, '0')}${i + 1}`), categoryId: contest.groupId, contact: '王 13800000000', password: 'Yibin!Contest2026',
    });
  }
  const judges: { expertId: number; api: APIRequestContext }[] = [];
  for (let i = 1; i <= 3; i++) {
    const username = `rs${asciiTag}_${i}`;
    const created = await send<AccountCreated>(secadmin, 'post', '/api/users', { username, displayName: `结果评委${tag}${i}`, role: 'judge', organisation: `高校${i}号` });
    const api = await playwrightRequest.newContext({ baseURL: baseUrl, extraHTTPHeaders: { 'accept-language': 'zh-CN' } });
    await send(api, 'post', '/api/auth/login', { username, password: created.temporaryPassword });
    // The change answers 204, no body.
    const changed = await api.post('/api/me/password', { data: { currentPassword: created.temporaryPassword, newPassword: JUDGE_PASSWORD } });
    if (changed.status() !== 204) throw new Error(`password change: ${changed.status()}`);
    const { expert } = await send<ExpertSaved>(admin, 'post', '/api/experts', { name: `专家结果${tag}${i}`, field: '新材料', zoneId: yibin.id, organisation: `研究院${i}`, userId: created.user.id });
    judges.push({ expertId: expert.id, api });
  }
  // The panel is exactly these three: every other linked expert is excluded from the draw.
  const pool = (await getJson<ExpertPage>(admin, '/api/experts?active=true&pageSize=200')).items.filter((expert) => expert.isActive && expert.judgeAccount);
  const exclusions = pool.filter((expert) => !judges.some((judge) => judge.expertId === expert.id)).map((expert) => ({ expertId: expert.id, reason: '测试：评审组只有三位结果评委' }));
  await send(admin, 'post', `/api/campaigns/stages/${stageId}/draw`, { size: 3, seed: 2026, exclusions });
  await send(admin, 'post', `/api/campaigns/stages/${stageId}/assignments`, { perEntry: 3, loadCap: 1000 });
  await send(admin, 'post', `/api/campaigns/stages/${stageId}/open`);
  await send(admin, 'post', `/api/campaigns/stages/${stageId}/start_scoring`);
  for (const [j, judge] of judges.entries()) {
    await send(judge.api, 'post', `/api/campaigns/stages/${stageId}/commitment`, { accept: true });
    const mine = (await getJson<MyAssignmentList>(judge.api, '/api/my/assignments')).items.filter((item) => item.stageId === stageId);
    if (mine.length !== companies.length) throw new Error(`judge ${j + 1} has ${mine.length} assignments`);
    for (const assignment of mine) {
      const c = companies.findIndex((company) => assignment.entry.title.includes(company.projectName));
      const [innovation, feasibility] = SCORES[j]![c]!;
      await send(judge.api, 'post', `/api/campaigns/stages/${stageId}/sheets/${assignment.entry.id}/submit`, { scores: { [contest.criteria[0]!]: innovation, [contest.criteria[1]!]: feasibility } });
    }
    await judge.api.dispose();
  }
  await send(admin, 'post', `/api/campaigns/stages/${stageId}/close`);
  for (const api of [admin, visitor, secadmin]) await api.dispose();
  return { campaignId, stageId, companies };
}
