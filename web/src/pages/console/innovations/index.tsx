import { DownloadOutlined, ImportOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Space } from 'antd';
import { exportUrl, useInnovations } from '../../../api/innovations';
import type { InnovationFilters as Filters } from '../../../api/types';
import { useZones } from '../../../api/zones';
import { useCurrentUser } from '../../../components/current-user';
import { InnovationFilters } from '../../../components/innovation-filters';
import { LinkButton } from '../../../components/link-button';
import { ListQueryState } from '../../../components/page-state';
import { SearchSortBar } from '../../../components/search-sort-bar';
import { useFormat } from '../../../lib/use-format';
import { useT } from '../../../i18n/use-t';
import { readInnovationFilters, readInnovationSort } from '../../../lib/innovation-params';
import { usePageParams } from '../../../lib/use-page-params';
import { useQueryParams } from '../../../lib/use-query-params';
import { InnovationTable } from './components/innovation-table';

/** 创新成果: search and filters in the URL, the server pages and highlights. */
export function InnovationsPage() {
  const { t } = useT();
  const format = useFormat();
  const me = useCurrentUser();
  const zones = useZones();
  const { params, getNumber, update } = useQueryParams();
  const filters = readInnovationFilters(params, getNumber);
  const { page, pageSize, pagination } = usePageParams();
  const sort = readInnovationSort(params);
  const list = useInnovations({ ...filters, sort, page, pageSize });
  // Zone writers add and import; the button shows only when some zone is theirs to write.
  const canWrite = me.abilities.managePlatforms && (zones.data ?? []).some((zone) => zone.abilities.createPlatform && zone.type !== 'country');

  const onFilters = (next: Filters) =>
    update({
      q: next.q,
      zoneId: next.zoneId,
      domain: next.domain,
      task: next.task,
      status: next.status,
      level: next.level,
      year: next.year,
      page: null,
    });

  return (
    <div className="yz-section-stack">
      <div className="yz-page-head">
        <h1 className="yz-page-title">{t('console.menu.innovations')}</h1>
        <Space wrap>
          {canWrite && (
            <LinkButton to="/console/innovations/new" type="primary" icon={<PlusOutlined aria-hidden="true" />} data-testid="innovation-create">
              {t('innovation.create')}
            </LinkButton>
          )}
          {canWrite && (
            <LinkButton to="/console/innovations/import" icon={<ImportOutlined aria-hidden="true" />} data-testid="innovation-import">
              {t('innovation.import')}
            </LinkButton>
          )}
          <Button icon={<DownloadOutlined aria-hidden="true" />} href={exportUrl(filters)} download data-testid="innovation-export">
            {t('innovation.export')}
          </Button>
        </Space>
      </div>
      <Card>
        <InnovationFilters value={filters} onChange={onFilters} showStatus idPrefix="innovation-filter" />
      </Card>
      <Card>
        <SearchSortBar
          idPrefix="innovation"
          sort={sort}
          hasQuery={!!filters.q}
          partial={list.data?.match === 'partial' && list.data.items.length > 0}
          onSort={(next) => update({ sort: next, page: null })}
        />
        <ListQueryState query={list}>
          <InnovationTable
            items={list.data?.items ?? []}
            loading={list.isFetching}
            searching={Object.values(filters).some((value) => value !== undefined)}
            pagination={pagination(list.data?.total ?? 0, (total) =>
              list.data?.totalIsCapped ? t('innovation.totalCapped', { total: format.number(total) }) : t('common.total', { total }),
            )}
          />
        </ListQueryState>
      </Card>
    </div>
  );
}
