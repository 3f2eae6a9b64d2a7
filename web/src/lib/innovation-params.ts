import { INNOVATION_DOMAINS, INNOVATION_STATUSES, REFORM_TASKS } from '@shared/innovations.enums';
import type { InnovationFilters, InnovationLevel, InnovationSort } from '../api/types';
import { pickEnum } from './use-query-params';

export const INNOVATION_LEVELS: readonly InnovationLevel[] = ['published', 'province', 'nation'];
const INNOVATION_SORTS: readonly InnovationSort[] = ['relevance', 'recognized', 'name'];

/** The list order as the URL keeps it (`sort`); none means the server's default. */
export function readInnovationSort(params: URLSearchParams): InnovationSort | undefined {
  return pickEnum(params.get('sort'), INNOVATION_SORTS);
}

/** The first FTZs date from 2013; years before that have no innovations to file. */
export const FIRST_YEAR = 2013;

export function yearOptions(): number[] {
  const years: number[] = [];
  for (let year = new Date().getFullYear(); year >= FIRST_YEAR; year -= 1) years.push(year);
  return years;
}

/** The list filters as the URL keeps them; anything malformed is ignored rather than sent. */
export function readInnovationFilters(params: URLSearchParams, getNumber: (key: string) => number | undefined): InnovationFilters {
  const q = params.get('q')?.trim().slice(0, 100);
  const year = getNumber('year');
  return {
    q: q || undefined,
    zoneId: getNumber('zoneId'),
    domain: pickEnum(params.get('domain'), INNOVATION_DOMAINS),
    task: pickEnum(params.get('task'), REFORM_TASKS),
    status: pickEnum(params.get('status'), INNOVATION_STATUSES),
    level: pickEnum(params.get('level'), INNOVATION_LEVELS),
    year: year !== undefined && year >= 1990 && year <= 2100 ? year : undefined,
  };
}
