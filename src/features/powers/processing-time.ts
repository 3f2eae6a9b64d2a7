/**
 * Processing time in working days (the shared Chinese calendar: weekends and statutory holidays
 * off, 调休 days on): a case's duration, and the figures an item shows over its timed cases.
 * 承诺时限压缩率 is computed here from the two limits and never stored.
 */
import { workingDaysBetween } from '../../shared/calendar/working-days.js';

/** Working days from receipt to completion: a case received on Friday and completed on Monday took 1. */
export function caseWorkingDays(receivedOn: string, completedOn: string): number {
  return workingDaysBetween(receivedOn, completedOn);
}

/** The nearest-rank 90th percentile of ascending durations: the smallest value at least 90% of cases do not exceed. */
export function p90(sortedDurations: readonly number[]): number | null {
  if (sortedDurations.length === 0) return null;
  return sortedDurations[Math.ceil(0.9 * sortedDurations.length) - 1]!;
}

/** The mean, to one decimal place (the figures an office reports). */
export function average(durations: readonly number[]): number | null {
  if (durations.length === 0) return null;
  const sum = durations.reduce((total, value) => total + value, 0);
  return Math.round((sum / durations.length) * 10) / 10;
}

/** (legal − promised) / legal, to four places; null when either limit is missing. */
export function compressionRate(legalDays: number | null, promisedDays: number | null): number | null {
  if (!legalDays || !promisedDays) return null;
  return Math.round(((legalDays - promisedDays) / legalDays) * 10_000) / 10_000;
}

export type ProcessingTime = {
  legalLimitDays: number | null;
  promisedLimitDays: number | null;
  compressionRate: number | null;
  timedCases: number;
  averageDays: number | null;
  p90Days: number | null;
  /** The quickest timed case (最快X个工作日, as offices report it). */
  fastestDays: number | null;
  /** The average exceeds the promise. */
  slowerThanPromised: boolean;
};

/** The figures of one item over the durations of its timed cases (pooled across months). */
export function processingTime(legalDays: number | null, promisedDays: number | null, durations: readonly number[]): ProcessingTime {
  const sorted = [...durations].sort((a, b) => a - b);
  const averageDays = average(sorted);
  return {
    legalLimitDays: legalDays,
    promisedLimitDays: promisedDays,
    compressionRate: compressionRate(legalDays, promisedDays),
    timedCases: sorted.length,
    averageDays,
    p90Days: p90(sorted),
    fastestDays: sorted[0] ?? null,
    slowerThanPromised: promisedDays !== null && averageDays !== null && averageDays > promisedDays,
  };
}
