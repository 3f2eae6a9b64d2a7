/**
 * What the columns of a statistics office's table say: the zone column, and every other column
 * an indicator (its name over its unit, "进出口总额" / "（亿元）", or "进出口总额（亿元）") or a
 * period ("2021年", "2021年1-6月") when the sheet is one indicator's. Periods in words become the
 * period keys values are stored under: 2021年 → 2021, 2021年第二季度 → 2021Q2, 2021年1-6月 (a
 * cumulative report) and 2021年6月 → 2021-06.
 */
import type { Column, HeaderMatcher } from '../read-workbook.js';

const ZONE_HEADER = /^(区域|地区|片区|区块|园区|先行区|协同改革先行区|区域名称|地区名称|片区名称|单位|单位名称|名称|zone)$/i;
const IGNORED_HEADER = /^(序号|编号|排名|备注|no\.?)$/i;
const QUARTERS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

const squeeze = (text: string) => text.normalize('NFKC').replace(/\s+/g, '');

export const matchIndicatorHeader: HeaderMatcher = ({ label, group, sub }) => {
  const text = squeeze(group ?? label);
  if (ZONE_HEADER.test(text) || ZONE_HEADER.test(squeeze(label))) return 'zone';
  if (!text || IGNORED_HEADER.test(text)) return null;
  return sub !== null || text.length <= 60 ? 'figure' : null;
};

export const acceptsIndicatorColumns = (columns: Column[]) => columns.some((c) => c.field === 'zone') && columns.some((c) => c.field === 'figure');

/** The period key a text names ("2021年1-6月" → 2021-06), or null. */
export function periodOfText(text: string | null | undefined): string | null {
  if (!text) return null;
  const t = squeeze(text);
  const year = /((?:19|20)\d{2})年?/.exec(t);
  if (!year) return null;
  const rest = t.slice(year.index + year[0].length);
  const quarter = /^(?:第)?([一二三四1-4])季度|^Q([1-4])/i.exec(rest);
  if (quarter) return `${year[1]}Q${QUARTERS[quarter[1] ?? quarter[2]!]}`;
  const month = /^(?:1[-—–~～至])?(\d{1,2})月/.exec(rest);
  if (month && Number(month[1]) >= 1 && Number(month[1]) <= 12) return `${year[1]}-${month[1]!.padStart(2, '0')}`;
  const half = /^(上半年|前三季度)/.exec(rest);
  if (half) return `${year[1]}-${half[1] === '上半年' ? '06' : '09'}`;
  return year[1]!;
}

/** A header cell split into its name and the unit it states: "进出口总额（亿元）" → 进出口总额 / 亿元. */
export function splitHeader(column: Pick<Column, 'label' | 'group' | 'sub'>): { name: string; unit: string | null } {
  const clean = (text: string) => squeeze(text).replace(/^单位[:：]/, '').replace(/^[（(]|[）)]$/g, '');
  if (column.group && column.sub) return { name: squeeze(column.group), unit: clean(column.sub) || null };
  const text = squeeze(column.label);
  const match = /^(.*?)[（(]([^（）()]*)[）)]$/.exec(text);
  if (match && match[1]) return { name: match[1], unit: clean(match[2]!) || null };
  return { name: text, unit: null };
}
