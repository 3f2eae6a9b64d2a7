import { Card } from 'antd';
import { PLATFORM_STATUSES, PLATFORM_TYPES } from '@shared/platforms.enums';
import { usePlatforms } from '../../../api/platforms';
import { ListQueryState } from '../../../components/page-state';
import { PlatformDetailDrawer } from '../../../components/platform-detail-drawer';
import { PlatformTable } from '../../../components/platform-table';
import { useT } from '../../../i18n/use-t';
import { usePageParams } from '../../../lib/use-page-params';
import { pickEnum, useQueryParams } from '../../../lib/use-query-params';
import { PlatformFilters, type PlatformFilterValues } from './components/platform-filters';

/** 开放平台: every platform the user may see, filtered and paginated by the server. */
export function PlatformsPage() {
  const { t } = useT();
  const { params, getNumber, update } = useQueryParams();
  const filters: PlatformFilterValues = {
    status: pickEnum(params.get('status'), PLATFORM_STATUSES),
    type: pickEnum(params.get('type'), PLATFORM_TYPES),
    zoneId: getNumber('zoneId'),
  };
  const { page, pageSize, pagination } = usePageParams();
  const list = usePlatforms({ ...filters, page, pageSize });

  return (
    <div className="yz-section-stack">
      <h1 className="yz-page-title">{t('platforms.title')}</h1>
      <Card>
        <PlatformFilters value={filters} onChange={(next) => update({ ...next, page: null })} />
      </Card>
      <Card>
        <ListQueryState query={list}>
          <PlatformTable
            platforms={list.data?.items ?? []}
            loading={list.isFetching}
            showProgress
            onOpen={(id) => update({ platform: id })}
            pagination={pagination(list.data?.total ?? 0)}
          />
        </ListQueryState>
      </Card>
      <PlatformDetailDrawer platformId={getNumber('platform')} onClose={() => update({ platform: null })} />
    </div>
  );
}
