import { Card } from 'antd';
import { PLATFORM_STATUSES, PLATFORM_TYPES } from '@shared/enums';
import { LIMITS } from '@shared/limits';
import { usePlatforms } from '../../../api/platforms';
import { ErrorState } from '../../../components/page-state';
import { PlatformDetailDrawer } from '../../../components/platform-detail-drawer';
import { PlatformTable } from '../../../components/platform-table';
import { useT } from '../../../i18n/use-t';
import { pickEnum, useQueryParams } from '../../../lib/use-query-params';
import { PlatformFilters, type PlatformFilterValues } from './components/platform-filters';

const PAGE_SIZES = [10, 20, 50, 100];

/** 开放平台: every platform the user may see, filtered and paginated by the server. */
export function PlatformsPage() {
  const { t } = useT();
  const { params, getNumber, update } = useQueryParams();
  const filters: PlatformFilterValues = {
    status: pickEnum(params.get('status'), PLATFORM_STATUSES),
    type: pickEnum(params.get('type'), PLATFORM_TYPES),
    zoneId: getNumber('zoneId'),
  };
  const page = Math.max(1, getNumber('page') ?? 1);
  const pageSize = Math.min(LIMITS.pageSizeMax, Math.max(1, getNumber('pageSize') ?? 20));
  const list = usePlatforms({ ...filters, page, pageSize });

  return (
    <div className="yz-section-stack">
      <h1 className="yz-page-title">{t('platforms.title')}</h1>
      <Card>
        <PlatformFilters value={filters} onChange={(next) => update({ ...next, page: null })} />
      </Card>
      <Card>
        {list.isError && !list.data ? (
          <ErrorState error={list.error} onRetry={() => void list.refetch()} />
        ) : (
          <PlatformTable
            platforms={list.data?.items ?? []}
            loading={list.isFetching}
            showProgress
            onOpen={(id) => update({ platform: id })}
            pagination={{
              current: page,
              pageSize,
              total: list.data?.total ?? 0,
              showSizeChanger: true,
              pageSizeOptions: PAGE_SIZES,
              showTotal: (total) => t('common.total', { total }),
              onChange: (nextPage, nextSize) =>
                update({ page: nextSize !== pageSize ? null : nextPage, pageSize: nextSize === 20 ? null : nextSize }),
            }}
          />
        )}
      </Card>
      <PlatformDetailDrawer platformId={getNumber('platform')} onClose={() => update({ platform: null })} />
    </div>
  );
}
