/** Evaluation engine error codes (zh-CN first): campaign setup, stages, criteria and the expert pool. */
import { defineMessages, type Catalog } from '../../shared/messages.js';

export const EVALUATION_MESSAGES = defineMessages({
  SERIES_NAME_TAKEN: { status: 409, zh: '该主办单位已有名为「{name}」的评审系列。', en: 'The organiser already has a series named "{name}".' },
  EDITION_TAKEN: { status: 409, zh: '该系列已有第{edition}届。', en: 'The series already has edition {edition}.' },
  BEST_CASE_BY_PROVINCE: {
    status: 403,
    zh: '最佳案例评选由省自贸办组织，片区只能组织本片区的创新创业大赛。',
    en: 'Best-case selections are organised by the province office; a zone organises only its own contests.',
  },
  CAMPAIGN_NOT_EDITABLE: {
    status: 409,
    zh: '评审活动当前为「{status}」，其设置已不能修改。',
    en: 'The campaign is "{status}"; its setup can no longer be changed.',
    enums: { status: 'status' },
  },
  CAMPAIGN_HAS_NO_STAGES: { status: 409, zh: '请先为评审活动设置至少一个阶段，再启动。', en: 'Add at least one stage before opening the campaign.' },
  STAGES_UNFINISHED: {
    status: 409,
    zh: '还有{count}个阶段未结束，评审活动不能结束。',
    en: '{count} stage(s) have not closed yet; the campaign cannot close.',
    enums: { count: 'count' },
  },
  DATES_REVERSED: { status: 400, zh: '结束日期不能早于开始日期。', en: 'The end date cannot be earlier than the start date.' },
  STAGE_OUTSIDE_CAMPAIGN: {
    status: 400,
    zh: '阶段「{name}」的日期超出了评审活动的起止日期（{startsOn} 至 {endsOn}）。',
    en: 'The dates of stage "{name}" fall outside the campaign ({startsOn} to {endsOn}).',
  },
  CATEGORY_NAME_TAKEN: { status: 409, zh: '该评审活动已有名为「{name}」的类别。', en: 'The campaign already has a category named "{name}".' },
  CATEGORY_HAS_ENTRIES: { status: 409, zh: '该类别下已有参评项目，不能删除。', en: 'The category has entries and cannot be deleted.' },
  CATEGORY_IN_RULE: {
    status: 409,
    zh: '阶段「{name}」的名额规则用到了该类别，请先修改规则。',
    en: 'The quota rule of stage "{name}" uses the category; change the rule first.',
  },
  PRIZES_EXCEED_SLOTS: {
    status: 400,
    zh: '奖项合计 {prizes} 个，超过了该类别的名额 {slots} 个。',
    en: 'The prizes add up to {prizes}, more than the category\'s {slots} slots.',
  },
  DUPLICATE_NAMES: { status: 400, zh: '名称「{name}」重复。', en: 'The name "{name}" appears twice.' },
  UNKNOWN_CATEGORY: { status: 400, zh: '名额规则中的类别 {id} 不属于该评审活动。', en: 'Category {id} in the quota rule is not one of this campaign\'s.' },
  TOO_MANY_STAGES: { status: 409, zh: '一个评审活动最多设置 {max} 个阶段。', en: 'A campaign has at most {max} stages.' },
  STAGE_NOT_EDITABLE: {
    status: 409,
    zh: '阶段当前为「{status}」，其设置已不能修改。',
    en: 'The stage is "{status}"; its setup can no longer be changed.',
    enums: { status: 'status' },
  },
  STAGE_NOT_DELETABLE: {
    status: 409,
    zh: '只能删除筹备中（草稿）评审活动里未开始的阶段。',
    en: 'Only a stage not yet started, in a campaign still in draft, can be deleted.',
  },
  STAGE_CAMPAIGN_NOT_OPEN: {
    status: 409,
    zh: '评审活动当前为「{status}」，阶段只能在活动进行中推进。',
    en: 'The campaign is "{status}"; stages move on only while it is in progress.',
    enums: { status: 'status' },
  },
  STAGE_NOT_SCORED: { status: 409, zh: '只有评分阶段才有评分标准和评分环节。', en: 'Only a scored stage has criteria and a scoring step.' },
  STAGE_HAS_NO_CRITERIA: { status: 409, zh: '请先设置评分标准，再开始评分。', en: 'Set the scoring criteria before scoring starts.' },
  CRITERIA_LOCKED: {
    status: 409,
    zh: '阶段当前为「{status}」，评分标准已锁定。',
    en: 'The stage is "{status}"; its criteria are locked.',
    enums: { status: 'status' },
  },
  CRITERIA_WEIGHTS_SUM: {
    status: 400,
    zh: '各项评分标准的权重之和须为 1（100%），现为 {sum}。',
    en: 'The criteria weights must add up to 1 (100%); they add up to {sum}.',
  },
  LEVEL_OUTSIDE_SCALE: {
    status: 400,
    zh: '评分档次 {min}–{max} 超出了分值范围 {scaleMin}–{scaleMax}。',
    en: 'The level {min}–{max} lies outside the scale {scaleMin}–{scaleMax}.',
  },
  SCALE_REVERSED: { status: 400, zh: '分值上限须大于下限。', en: 'The top of the scale must be above its bottom.' },
  EXPERT_ZONE_OUTSIDE_SCOPE: {
    status: 403,
    zh: '片区只能登记和维护本辖区的专家；辖区外的专家由省自贸办维护。',
    en: 'A zone adds and keeps only experts of its own zones; others are kept by the province office.',
  },
  ENTRY_UNKNOWN_CATEGORY: { status: 400, zh: '类别 {id} 不属于该评审活动。', en: 'Category {id} is not one of this campaign\'s.' },
  ENTRY_KIND_MISMATCH: { status: 409, zh: '只有最佳案例评选由省自贸办推荐参评案例；大赛项目通过公开报名产生。', en: 'Only a best-case selection takes nominations; a contest\'s entries come from registration.' },
  ENTRIES_CLOSED: { status: 409, zh: '评审活动当前为「{status}」，不再接受参评项目。', en: 'The campaign is "{status}"; it takes no more entries.', enums: { status: 'status' } },
  ENTRY_NOT_RECOGNISED: { status: 400, zh: '只能推荐已认定的制度创新成果。', en: 'Only a recognised innovation can be nominated.' },
  ENTRY_ALREADY_NOMINATED: { status: 409, zh: '该创新成果已是本次评选的参评案例。', en: 'The innovation is already an entry of this selection.' },
  REGISTRATION_NOT_OPEN: { status: 404, zh: '该大赛不存在或未在报名期。', en: 'No such contest is open for registration.' },
  CREDIT_CODE_INVALID: { status: 400, zh: '统一社会信用代码无效，请核对后重新填写。', en: 'The unified social credit code is not valid; check it and try again.' },
  REGISTRATION_TAKEN: { status: 409, zh: '该统一社会信用代码已注册，请登录后查看报名。', en: 'This credit code is already registered; sign in to see its entries.' },
  JUDGES_LOCKED: { status: 409, zh: '阶段当前为「{status}」，评审专家已不能抽取或分配。', en: 'The stage is "{status}"; judges can no longer be drawn or assigned.', enums: { status: 'status' } },
  DRAW_EXISTS: { status: 409, zh: '该阶段已抽取评审专家，抽取结果已公布，不能重抽。', en: 'The stage\'s judges have been drawn and published; the draw cannot be redone.' },
  EXCLUSION_NOT_IN_POOL: { status: 400, zh: '专家 {id} 不在可抽取的专家库中。', en: 'Expert {id} is not in the pool drawn from.' },
  POOL_TOO_SMALL: { status: 409, zh: '专家库中可抽取的专家只有 {available} 位，不足 {size} 位。', en: 'The pool has {available} expert(s) available, fewer than {size}.' },
  DRAW_MISSING: { status: 409, zh: '请先抽取评审专家，再分配评审任务。', en: 'Draw the judges before assigning them.' },
  ALREADY_ASSIGNED: { status: 409, zh: '该阶段的评审任务已分配。', en: 'The stage\'s judges are already assigned.' },
  NO_ENTRIES: { status: 409, zh: '该评审活动还没有参评项目。', en: 'The campaign has no entries yet.' },
  NO_REPLACEMENT: { status: 409, zh: '评审组中没有可替换的专家，请联系主办单位。', en: 'No judge of the panel can take the entry; ask the organiser.' },
  SCORING_CLOSED: { status: 409, zh: '阶段当前为「{status}」，不在评分期。', en: 'The stage is "{status}"; it is not scoring.', enums: { status: 'status' } },
  SCORING_LATE: { status: 409, zh: '评分已于 {endsOn} 截止。', en: 'Scoring closed on {endsOn}.' },
  SHEET_ALREADY_SUBMITTED: { status: 409, zh: '该评分表已提交，不能修改或再次提交。', en: 'The score sheet has been submitted; it cannot be changed or submitted again.' },
  COMMITMENT_REQUIRED: { status: 409, zh: '请先签署评审承诺书，再开始评分。', en: 'Confirm the judge\'s commitment before scoring.' },
  UNKNOWN_CRITERION: { status: 400, zh: '评分标准 {id} 不属于该阶段。', en: 'Criterion {id} is not one of this stage\'s.' },
  SCORE_MISSING: { status: 400, zh: '请为「{name}」打分。', en: 'Score "{name}".' },
  SCORE_OUT_OF_SCALE: { status: 400, zh: '「{name}」的分值须在 {min}–{max} 之间。', en: 'The score for "{name}" must lie between {min} and {max}.' },
});

declare module '../../shared/messages.js' {
  interface MessageCatalog extends Catalog<typeof EVALUATION_MESSAGES> {}
}
