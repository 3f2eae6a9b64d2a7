import { useMemo } from 'react';
import type { DatePrecision } from '../api/types';
import { formatDate, formatDateTime, formatNumber } from './format';
import { useT } from '../i18n/use-t';

/** Formatting helpers bound to the current UI language. */
export function useFormat() {
  const { t, lang } = useT();
  return useMemo(
    () => ({
      date: (value: string | null | undefined, precision?: DatePrecision | null) => formatDate(value, precision, lang),
      dateTime: (value: string | null | undefined) => formatDateTime(value, lang),
      number: (value: number | string | null | undefined) => formatNumber(value, lang),
      area: (km2: string | null | undefined) =>
        km2 === null || km2 === undefined || km2 === '' ? '—' : t('unit.km2', { n: formatNumber(km2, lang) }),
      count: (n: number) => t('common.count', { n: formatNumber(n, lang) }),
    }),
    [t, lang],
  );
}
