/**
 * Checks a campaign's setup must pass whichever route changes it: dates that read forward,
 * stages inside their campaign's dates, prizes within a category's slots, names given once.
 * Each refusal is a 400 naming the field, and is raised before anything is written.
 */
import { AppError } from '../../kernel/errors.js';
import type { PrizeTier } from '../../shared/evaluation.enums.js';

type Dated = { starts_on: string | null; ends_on: string | null };

/** An end before the start. */
export function checkDatesForward(dates: Dated): void {
  if (dates.starts_on && dates.ends_on && dates.starts_on > dates.ends_on) {
    throw new AppError('DATES_REVERSED', {}, [{ path: 'endsOn', key: 'DATES_REVERSED', params: {} }]);
  }
}

/** A stage dated outside its campaign's dates (where the campaign has them). */
export function checkStagesWithin(campaign: Dated, stages: readonly (Dated & { name: string })[]): void {
  for (const stage of stages) {
    const early = campaign.starts_on && stage.starts_on && stage.starts_on < campaign.starts_on;
    const late = campaign.ends_on && ((stage.ends_on && stage.ends_on > campaign.ends_on) || (stage.starts_on && stage.starts_on > campaign.ends_on));
    if (early || late) {
      const params = { name: stage.name, startsOn: campaign.starts_on ?? '…', endsOn: campaign.ends_on ?? '…' };
      throw new AppError('STAGE_OUTSIDE_CAMPAIGN', params, [{ path: early ? 'startsOn' : 'endsOn', key: 'STAGE_OUTSIDE_CAMPAIGN', params }]);
    }
  }
}

/** Prize tiers that name a tier twice, or add up to more than the category's slots. */
export function checkPrizes(prizes: readonly PrizeTier[], slots: number | null): void {
  checkUniqueNames(prizes.map((tier) => tier.name), 'prizes');
  const total = prizes.reduce((sum, tier) => sum + tier.count, 0);
  if (slots !== null && total > slots) {
    const params = { prizes: total, slots };
    throw new AppError('PRIZES_EXCEED_SLOTS', params, [{ path: 'prizes', key: 'PRIZES_EXCEED_SLOTS', params }]);
  }
}

/** A name given twice in one list (prize tiers, criteria). */
export function checkUniqueNames(names: readonly string[], path: string): void {
  const seen = new Set<string>();
  names.forEach((name, index) => {
    if (seen.has(name)) throw new AppError('DUPLICATE_NAMES', { name }, [{ path: `${path}/${index}`, key: 'DUPLICATE_NAMES', params: { name } }]);
    seen.add(name);
  });
}
