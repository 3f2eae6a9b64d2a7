/** A stage as the answers show it (the campaign detail, the stage routes, its lifecycle steps). */
import type { RequestContext } from '../../kernel/actor.js';
import type { CriterionRow, StageRow } from './campaigns.repo.js';
import { stageAbilities } from './evaluation.policy.js';
import type { CriterionDto, StageDto } from './stages.schema.js';

/** A criterion as the organiser sets it and a judge scores it (numeric columns read as numbers). */
export function presentCriterion(criterion: CriterionRow): CriterionDto {
  return {
    id: criterion.id,
    ordinal: criterion.ordinal,
    nameZh: criterion.name_zh,
    nameEn: criterion.name_en,
    weight: Number(criterion.weight),
    scaleMin: Number(criterion.scale_min),
    scaleMax: Number(criterion.scale_max),
    levels: criterion.levels.map((level) => ({ min: level.min, max: level.max, zh: level.zh, en: level.en ?? null })),
  };
}

export function presentStage(row: StageRow, context: RequestContext): StageDto {
  return {
    id: row.id,
    campaignId: row.campaign_id,
    ordinal: row.ordinal,
    kind: row.kind,
    name: row.name,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    blind: row.blind,
    advancement: row.advancement,
    status: row.status,
    criteria: row.criteria.map(presentCriterion),
    abilities: stageAbilities(context.actor, row),
  };
}
