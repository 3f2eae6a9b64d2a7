import type { TablePaginationConfig } from 'antd';
import { LIMITS } from '@shared/limits';
import { useT } from '../i18n/use-t';
import { useQueryParams } from './use-query-params';

export const PAGE_SIZES = [10, 20, 50, 100];
const DEFAULT_PAGE_SIZE = 20;

/** `page` and `pageSize` from the URL, and a table pagination that writes them back (a new size starts at page 1). */
export function usePageParams() {
  const { t } = useT();
  const { getNumber, update } = useQueryParams();
  const page = Math.max(1, getNumber('page') ?? 1);
  const pageSize = Math.min(LIMITS.pageSizeMax, Math.max(1, getNumber('pageSize') ?? DEFAULT_PAGE_SIZE));
  const pagination = (total: number): TablePaginationConfig => ({
    current: page,
    pageSize,
    total,
    showSizeChanger: true,
    pageSizeOptions: PAGE_SIZES,
    showTotal: (count) => t('common.total', { total: count }),
    onChange: (nextPage, nextSize) => update({ page: nextSize !== pageSize ? null : nextPage, pageSize: nextSize === DEFAULT_PAGE_SIZE ? null : nextSize }),
  });
  return { page, pageSize, pagination };
}
