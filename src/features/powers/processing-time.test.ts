/** Processing-time figures against cases counted by hand on the 2024 calendar. */
import { describe, expect, it } from 'vitest';
import { average, caseWorkingDays, compressionRate, p90, processingTime } from './processing-time.js';

describe('working days of a case', () => {
  it('counts across a weekend, the National Day week and its 调休 Saturdays', () => {
    // Fri 2024-09-20 → Mon 2024-09-23: one working day (the 23rd).
    expect(caseWorkingDays('2024-09-20', '2024-09-23')).toBe(1);
    // Sun 2024-09-29 is a 调休 working day: Fri 27th → Mon 30th is two (29th, 30th).
    expect(caseWorkingDays('2024-09-27', '2024-09-30')).toBe(2);
    // 30 Sep → 8 Oct: 1–7 Oct are holidays, Tue 8 Oct works: one working day.
    expect(caseWorkingDays('2024-09-30', '2024-10-08')).toBe(1);
    // Sat 2024-10-12 is a 调休 working day: 8 → 14 Oct counts 9, 10, 11, 12, 14 = 5.
    expect(caseWorkingDays('2024-10-08', '2024-10-14')).toBe(5);
    // Completed the day it was received: 0.
    expect(caseWorkingDays('2024-10-08', '2024-10-08')).toBe(0);
  });
});

describe('the figures of an item', () => {
  it('takes the nearest-rank p90 and the mean of the durations', () => {
    expect(p90([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])).toBe(9);
    expect(p90([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11])).toBe(10);
    expect(p90([4])).toBe(4);
    expect(p90([])).toBeNull();
    expect(average([1, 2, 2])).toBe(1.7);
  });
  it('computes 承诺时限压缩率 from the limits and flags an average above the promise', () => {
    expect(compressionRate(20, 5)).toBe(0.75);
    expect(compressionRate(null, 5)).toBeNull();
    // The four cases above: 1, 2, 1, 5 working days; promised 2, legal 20.
    const figures = processingTime(20, 2, [1, 2, 1, 5]);
    expect(figures).toEqual({ legalLimitDays: 20, promisedLimitDays: 2, compressionRate: 0.9, timedCases: 4, averageDays: 2.3, p90Days: 5, fastestDays: 1, slowerThanPromised: true });
    expect(processingTime(20, 3, [1, 2, 1, 5]).slowerThanPromised).toBe(false);
  });
});
