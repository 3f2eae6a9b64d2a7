import { describe, expect, it } from 'vitest';
import { formatPartialDate, parsePartialDate } from './partial-date.js';

describe('partial dates', () => {
  it('parses a day, a month and a year with their precision', () => {
    expect(parsePartialDate('2021-01-05')).toEqual({ on: '2021-01-05', precision: 'day' });
    expect(parsePartialDate('2021-07')).toEqual({ on: '2021-07-01', precision: 'month' });
    expect(parsePartialDate('2019')).toEqual({ on: '2019-01-01', precision: 'year' });
  });
  it('refuses impossible dates and full-width digits', () => {
    expect(parsePartialDate('2021-02-30')).toBeNull();
    expect(parsePartialDate('2021-13')).toBeNull();
    expect(parsePartialDate('２０２１-01-05')).toBeNull();
  });
  it('formats the way a Chinese office writes dates', () => {
    expect(formatPartialDate('2021-01-05', 'day')).toBe('2021年1月5日');
    expect(formatPartialDate('2021-07-01', 'month')).toBe('2021年7月');
    expect(formatPartialDate('2019-01-01', 'year')).toBe('2019年');
    expect(formatPartialDate('2021-07-01', 'month', 'en')).toBe('2021-07');
  });
});
