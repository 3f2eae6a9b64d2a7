import { describe, expect, it } from 'vitest';
import { CalendarYearNotCovered, coveredYears, isWorkingDay, nthWorkingDay, workingDaysBetween } from './working-days.js';

describe('working days', () => {
  it('follow the State Council arrangement: holidays off, adjusted Saturdays and Sundays on', () => {
    // 2021 国庆: 10月1日至7日放假调休，9月26日（星期日）、10月9日（星期六）上班.
    expect(isWorkingDay('2021-09-26')).toBe(true);
    expect(isWorkingDay('2021-10-04')).toBe(false);
    expect(isWorkingDay('2021-10-09')).toBe(true);
    expect(isWorkingDay('2021-10-10')).toBe(false);
    // An ordinary Tuesday: the 2021 final in 烟台 (11月16日).
    expect(isWorkingDay('2021-11-16')).toBe(true);
  });

  it('count a 公示 period from its first day, and a processing time from the day after receipt', () => {
    // Five working days from Thursday 30 September 2021: 9-30, then 10-8 (Fri), 10-9 (Sat, worked), 10-11, 10-12.
    expect(nthWorkingDay('2021-09-30', 5)).toBe('2021-10-12');
    expect(nthWorkingDay('2021-11-16', 1)).toBe('2021-11-16');
    expect(nthWorkingDay('2021-10-02', 1)).toBe('2021-10-08');
    expect(workingDaysBetween('2021-09-30', '2021-10-12')).toBe(4);
    expect(workingDaysBetween('2021-10-12', '2021-10-12')).toBe(0);
  });

  it('refuses a year without a published arrangement instead of guessing from weekdays', () => {
    const years = coveredYears(2021)!;
    expect(years.first).toBeLessThanOrEqual(2004);
    expect(years.last).toBeGreaterThanOrEqual(2026);
    const beyond = `${years.last + 1}-03-02`;
    expect(() => isWorkingDay(beyond)).toThrow(CalendarYearNotCovered);
    expect(() => nthWorkingDay(`${years.last}-12-30`, 5)).toThrow(CalendarYearNotCovered);
    expect(() => isWorkingDay('2021-02-30')).toThrow(RangeError);
  });
});
