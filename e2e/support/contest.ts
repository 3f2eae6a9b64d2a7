/**
 * Set-up of a contest through the API, as its organiser would do it in the console: a series and
 * a contest of 宜宾's, a group, a registration stage and a blind scored stage with criteria, open
 * for registration; and a panel of one, the demo judge (judge1), assigned every entry and scoring.
 */
import type { APIRequestContext } from 'playwright-core';
import { creditCodeCheckCharacter } from '../../src/shared/registry/credit-code.js';
import type { CampaignCreated, CampaignDetail, CategoryCreated, ExpertPage, JudgeAccountPage, SeriesCreated, StageCreated } from './api-types.js';
import { getJson } from './browser.js';

export const creditCode = (first17: string) => first17 + creditCodeCheckCharacter(first17);

export async function send<T = unknown>(api: APIRequestContext, method: 'post' | 'put', path: string, data: object = {}): Promise<T> {
  const response = await api[method](path, { data });
  if (!response.ok()) throw new Error(`${method.toUpperCase()} ${path}: ${response.status()} ${await response.text()}`);
  return (await response.json()) as T;
}

export type OpenContest = { campaignId: number; stageId: number; groupId: number; criteria: number[] };

/** An open contest of `zoneId` titled `title`, group 初创组, stages 宣传报名 and 初赛 (blind, 创新性 60 % with levels, 可行性 40 %). */
export async function buildOpenContest(organiser: APIRequestContext, zoneId: number, title: string): Promise<OpenContest> {
  const series = await send<SeriesCreated>(organiser, 'post', '/api/campaigns/series', { name: `${title}系列`, organiserZoneId: zoneId });
  const campaignId = (await send<CampaignCreated>(organiser, 'post', '/api/campaigns', { seriesId: series.series.id, edition: 1, year: 2026, kind: 'contest', title })).campaign.id;
  const groupId = (await send<CategoryCreated>(organiser, 'post', `/api/campaigns/${campaignId}/categories`, { name: '初创组' })).category.id;
  await send(organiser, 'post', `/api/campaigns/${campaignId}/stages`, { kind: 'registration', name: '宣传报名' });
  const stageId = (await send<StageCreated>(organiser, 'post', `/api/campaigns/${campaignId}/stages`, { kind: 'scored', name: '初赛', blind: true })).stage.id;
  await send(organiser, 'put', `/api/campaigns/stages/${stageId}/criteria`, {
    criteria: [
      { nameZh: '创新性', weight: 0.6, scaleMin: 0, scaleMax: 100, levels: [{ min: 0, max: 59, zh: '创新点不明显' }, { min: 60, max: 84, zh: '有一定创新' }, { min: 85, max: 100, zh: '首创性突出' }] },
      { nameZh: '可行性', weight: 0.4, scaleMin: 0, scaleMax: 10 },
    ],
  });
  await send(organiser, 'post', `/api/campaigns/${campaignId}/open`);
  const stage = (await getJson<CampaignDetail>(organiser, `/api/campaigns/${campaignId}`)).stages.find((item) => item.id === stageId)!;
  return { campaignId, stageId, groupId, criteria: stage.criteria.map((criterion) => criterion.id) };
}

/**
 * judge1 on the stage's panel alone (linked to an expert of `zoneId` the first time; any other
 * linked expert excluded from the draw), assigned every entry, the stage scoring.
 */
export async function panelOfJudge1(organiser: APIRequestContext, zoneId: number, stageId: number): Promise<void> {
  const account = (await getJson<JudgeAccountPage>(organiser, '/api/experts/judge-accounts?q=judge1')).items.find((item) => item.username === 'judge1');
  if (account) await send(organiser, 'post', '/api/experts', { name: '评审专家一（示例）', field: '新材料', zoneId, organisation: '示例高校自贸区研究院', userId: account.id });
  const pool = (await getJson<ExpertPage>(organiser, '/api/experts?pageSize=100')).items.filter((expert) => expert.isActive && expert.judgeAccount);
  const exclusions = pool.filter((expert) => expert.judgeAccount?.username !== 'judge1').map((expert) => ({ expertId: expert.id, reason: '测试：评审组只有 judge1' }));
  await send(organiser, 'post', `/api/campaigns/stages/${stageId}/draw`, { size: 1, seed: 2026, exclusions });
  await send(organiser, 'post', `/api/campaigns/stages/${stageId}/assignments`, { perEntry: 1, loadCap: 1000 });
  await send(organiser, 'post', `/api/campaigns/stages/${stageId}/open`);
  await send(organiser, 'post', `/api/campaigns/stages/${stageId}/start_scoring`);
}
