import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import type { DatePrecision } from '../api/types';

export const DATE_PICKER: Record<DatePrecision, 'date' | 'month' | 'year'> = { day: 'date', month: 'month', year: 'year' };
const WIRE_FORMAT: Record<DatePrecision, string> = { day: 'YYYY-MM-DD', month: 'YYYY-MM', year: 'YYYY' };

/** The API takes a partial date as 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'; the precision picks which. */
export function toPartialDate(value: Dayjs | null | undefined, precision: DatePrecision): string | null {
  return value ? value.format(WIRE_FORMAT[precision]) : null;
}

/** A stored date back into the form: the date and the precision it was recorded at. */
export function fromPartialDate(on: string | null | undefined, precision: DatePrecision | null | undefined): { date: Dayjs | null; precision: DatePrecision } {
  if (!on) return { date: null, precision: precision ?? 'day' };
  return { date: dayjs(on), precision: precision ?? 'day' };
}

/** Today in the office's calendar (Asia/Shanghai), as the server checks "not in the future". */
export function isAfterToday(value: Dayjs, precision: DatePrecision = 'day'): boolean {
  const unit = precision === 'day' ? 'day' : precision;
  return value.isAfter(dayjs(), unit);
}
