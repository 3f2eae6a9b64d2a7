import type { TablePaginationConfig } from 'antd';
import { LIMITS } from '@shared/limits';
import { useT } from '../i18n/use-t';
import { useQueryParams } from './use-query-params';

export const PAGE_SIZES = [10, 20, 50, 100];

/**
 * `page` and `pageSize` from the URL (the default size is left out of it), and a table
 * pagination that writes them back; a new size starts at page 1. Every paged list uses it, so
 * they page, size and count the same way.
 */
export function usePageParams({ defaultPageSize = 20, maxPageSize = LIMITS.pageSizeMax }: { defaultPageSize?: number; maxPageSize?: number } = {}) {
  const { t } = useT();
  const { getNumber, update } = useQueryParams();
  const page = Math.max(1, getNumber('page') ?? 1);
  const pageSize = Math.min(maxPageSize, Math.max(1, getNumber('pageSize') ?? defaultPageSize));
  const pagination = (total: number, showTotal?: (total: number) => string): TablePaginationConfig => ({
    current: page,
    pageSize,
    total,
    showSizeChanger: true,
    pageSizeOptions: PAGE_SIZES,
    showTotal: showTotal ?? ((count) => t('common.total', { total: count })),
    onChange: (nextPage, nextSize) => update({ page: nextSize !== pageSize ? null : nextPage, pageSize: nextSize === defaultPageSize ? null : nextSize }),
  });
  return { page, pageSize, pagination };
}
