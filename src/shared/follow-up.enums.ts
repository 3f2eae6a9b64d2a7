/**
 * Follow-up of a contest's winners (跟踪服务): the kinds of service agreement and the reporting
 * period of the KPI reports. One rule for periods: a calendar quarter, written 'YYYY-Qn'
 * (2026-Q3). A quarter may be reported once it has begun (today in China, UTC+8); a later one is
 * refused. Its report may be corrected until the end of the following quarter (the reporting
 * window), after that it is a record. Imported by the server and the web.
 */
import type { Label } from './enums.js';

export const PROVIDER_KINDS = ['bank_loan', 'equity_investment', 'talent_service', 'other'] as const;
export type ProviderKind = (typeof PROVIDER_KINDS)[number];
export const PROVIDER_KIND_LABELS: Record<ProviderKind, Label> = {
  bank_loan: { zh: '银行贷款', en: 'Bank loan' },
  equity_investment: { zh: '股权投资', en: 'Equity investment' },
  talent_service: { zh: '人才服务', en: 'Talent services' },
  other: { zh: '其他', en: 'Other' },
};

export const PERIOD_PATTERN = /^(\d{4})-Q([1-4])$/;

/** The quarter a day 'YYYY-MM-DD' lies in. */
export function periodOf(day: string): string {
  return `${day.slice(0, 4)}-Q${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1}`;
}

/** A period's index (year × 4 + quarter − 1), for comparing and stepping. */
export function periodIndex(period: string): number {
  const match = PERIOD_PATTERN.exec(period);
  if (!match) throw new Error(`not a period: ${period}`);
  return Number(match[1]) * 4 + Number(match[2]) - 1;
}

export function periodFromIndex(index: number): string {
  return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
}

/** A period that has not begun on `today`: not reportable yet. */
export const isFuturePeriod = (period: string, today: string): boolean => periodIndex(period) > periodIndex(periodOf(today));

/** A report of `period` may still be corrected on `today`: during the period and the quarter after it. */
export const isCorrectable = (period: string, today: string): boolean => periodIndex(periodOf(today)) <= periodIndex(period) + 1;

/** 2026年第3季度 / 2026 Q3. */
export function periodLabel(period: string, lang: 'zh' | 'en'): string {
  const match = PERIOD_PATTERN.exec(period);
  if (!match) return period;
  return lang === 'zh' ? `${match[1]}年第${match[2]}季度` : `${match[1]} Q${match[2]}`;
}
