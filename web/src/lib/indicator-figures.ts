/**
 * The words the indicator pages show figures in, all from the shared library
 * (src/shared/indicators/): 约110万元 / about 1.1 million yuan, 2020年第三季度, the units, period
 * kinds and qualifiers by name. No page formats an indicator's number by hand.
 */
import { useMemo } from 'react';
import type { Lang } from '@shared/enums';
import { PERIOD_KIND_LABELS, QUALIFIER_DEFINITIONS, UNIT_DEFINITIONS, type PeriodKind, type Qualifier, type Unit } from '@shared/indicators.enums';
import { formatQuantity } from '@shared/indicators/format';
import { formatPeriod, formatYearToDate, periodKey, type Period } from '@shared/indicators/periods';
import { useLang } from '../i18n/use-t';

type Figure = { value: string; unit: Unit; qualifier: Qualifier | null };

/** The periods a picker offers for a kind, newest first: the years from `firstYear` to next year. */
export function periodOptions(kind: PeriodKind, firstYear: number, lastYear: number, lang: Lang): { value: string; label: string }[] {
  const periods: Period[] = [];
  for (let year = lastYear; year >= firstYear; year--) {
    if (kind === 'year') periods.push({ kind, year });
    if (kind === 'quarter') for (let quarter = 4; quarter >= 1; quarter--) periods.push({ kind, year, quarter });
    if (kind === 'month') for (let month = 12; month >= 1; month--) periods.push({ kind, year, month });
  }
  return periods.map((period) => {
    const key = periodKey(period);
    return { value: key, label: formatPeriod(key, lang) };
  });
}

export function figureWords(lang: Lang) {
  return {
    figure: (figure: Figure) => formatQuantity(figure, lang),
    /** A period; a cumulative indicator's value covers the year to that period (2021年1—10月). */
    period: (key: string, cumulative = false) => (cumulative ? formatYearToDate(key, lang) : formatPeriod(key, lang)),
    unit: (unit: Unit) => UNIT_DEFINITIONS[unit].label[lang],
    periodKind: (kind: PeriodKind) => PERIOD_KIND_LABELS[kind][lang],
    qualifier: (qualifier: Qualifier) => QUALIFIER_DEFINITIONS[qualifier].label[lang],
  };
}

/** `figureWords` in the page's language. */
export function useFigureWords() {
  const lang = useLang();
  return useMemo(() => figureWords(lang), [lang]);
}
