/**
 * The 放得下、接得住、用得好 view's trend as a workbook: the rows of the page's table (month, cases,
 * items with cases), headed in the request language, the zone and the window in the title.
 */
import type { Lang } from '../../shared/enums.js';
import { formatPeriod } from '../../shared/indicators/periods.js';
import type { TableSheet } from '../files/xlsx-format.js';
import type { StatsDto } from './powers.schema.js';

const WORDS = {
  zh: { title: '放权事项月度办件趋势', month: '月份', cases: '办件量（件）', items: '有办件的事项（项）', province: '全省' },
  en: { title: 'Monthly cases of delegated powers', month: 'Month', cases: 'Cases', items: 'Items with cases', province: 'All zones' },
} as const;

export function trendSheet(stats: StatsDto, zone: { name: string; nameEn: string | null } | null, lang: Lang): TableSheet {
  const words = WORDS[lang];
  const where = zone ? (lang === 'en' && zone.nameEn ? zone.nameEn : zone.name) : words.province;
  const span = `${formatPeriod(stats.firstMonth, lang)}${lang === 'zh' ? '至' : ' to '}${formatPeriod(stats.lastMonth, lang)}`;
  return {
    title: lang === 'zh' ? `${words.title}（${where}，${span}）` : `${words.title} (${where}, ${span})`,
    headers: [words.month, words.cases, words.items],
    rows: stats.trend.map((point) => [formatPeriod(point.month, lang), point.cases, point.itemsUsed]),
  };
}
