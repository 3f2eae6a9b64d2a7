import { DownloadOutlined, ImportOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Select, Space } from 'antd';
import { LIMITS } from '@shared/limits';
import { exportUrl, useInnovations } from '../../../api/innovations';
import type { InnovationFilters as Filters, InnovationSort } from '../../../api/types';
import { useZones } from '../../../api/zones';
import { useCurrentUser } from '../../../components/current-user';
import { InnovationFilters } from '../../../components/innovation-filters';
import { LinkButton } from '../../../components/link-button';
import { ErrorState } from '../../../components/page-state';
import { useFormat } from '../../../i18n/use-format';
import { useT } from '../../../i18n/use-t';
import { readInnovationFilters } from '../../../lib/innovation-params';
import { pickEnum, useQueryParams } from '../../../lib/use-query-params';
import { InnovationTable } from './components/innovation-table';

const PAGE_SIZES = [10, 20, 50, 100];
const SORTS: readonly InnovationSort[] = ['relevance', 'recognized', 'name'];

/** 创新成果: search and filters in the URL, the server pages and highlights. */
export function InnovationsPage() {
  const { t } = useT();
  const format = useFormat();
  const me = useCurrentUser();
  const zones = useZones();
  const { params, getNumber, update } = useQueryParams();
  const filters = readInnovationFilters(params, getNumber);
  const page = Math.max(1, getNumber('page') ?? 1);
  const pageSize = Math.min(LIMITS.pageSizeMax, Math.max(1, getNumber('pageSize') ?? 20));
  // The order is kept in the URL too; none means relevance with words, the latest changes without.
  const sort = pickEnum(params.get('sort'), SORTS);
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
        <Form layout="inline" className="yz-mb">
          <Form.Item label={t('search.sortLabel')} htmlFor="innovation-sort">
            <Select<InnovationSort>
              id="innovation-sort"
              style={{ width: 140 }}
              value={sort ?? 'relevance'}
              onChange={(next) => update({ sort: next === 'relevance' ? null : next, page: null })}
              options={[
                { value: 'relevance', label: filters.q ? t('search.sortRelevance') : t('search.sortLatest') },
                { value: 'recognized', label: t('search.sortRecognized') },
                { value: 'name', label: t('search.sortName') },
              ]}
              data-testid="innovation-sort"
            />
          </Form.Item>
        </Form>
        {list.data?.match === 'partial' && list.data.items.length > 0 && (
          <Alert type="info" showIcon className="yz-mb" title={t('search.partial')} data-testid="innovation-partial" />
        )}
        {list.isError && !list.data ? (
          <ErrorState error={list.error} onRetry={() => void list.refetch()} />
        ) : (
          <InnovationTable
            items={list.data?.items ?? []}
            loading={list.isFetching}
            searching={Object.values(filters).some((value) => value !== undefined)}
            pagination={{
              current: page,
              pageSize,
              total: list.data?.total ?? 0,
              showSizeChanger: true,
              pageSizeOptions: PAGE_SIZES,
              showTotal: (total) =>
                list.data?.totalIsCapped ? t('innovation.totalCapped', { total: format.number(total) }) : t('common.total', { total }),
              onChange: (nextPage, nextSize) =>
                update({ page: nextSize !== pageSize ? null : nextPage, pageSize: nextSize === 20 ? null : nextSize }),
            }}
          />
        )}
      </Card>
    </div>
  );
}
