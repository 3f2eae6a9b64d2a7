import type { Criterion } from '../../../../api/types';

/** Scores as the form holds them: criterion id → score, unset while empty. */
export type FormScores = Record<string, number | null | undefined>;

/** The definition: a judge's weighted total = Σ weight × score, here over the criteria scored so far. */
export function weightedTotal(criteria: Criterion[], scores: FormScores): number {
  return criteria.reduce((sum, criterion) => {
    const score = scores[String(criterion.id)];
    return typeof score === 'number' ? sum + criterion.weight * score : sum;
  }, 0);
}

/** The criteria with no score yet. */
export const unscored = (criteria: Criterion[], scores: FormScores) => criteria.filter((criterion) => typeof scores[String(criterion.id)] !== 'number');

/** Only the scored criteria, as the API takes them. */
export function toSheetScores(scores: FormScores): Record<string, number> {
  return Object.fromEntries(Object.entries(scores).filter((entry): entry is [string, number] => typeof entry[1] === 'number'));
}

/** The level a score falls in (the first whose range holds it). */
export const levelOf = (criterion: Criterion, score: number | null | undefined) =>
  typeof score === 'number' ? criterion.levels.findIndex((level) => score >= level.min && score <= level.max) : -1;
