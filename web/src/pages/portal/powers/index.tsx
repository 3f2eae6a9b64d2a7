/**
 * 放权事项: every zone's delegated powers (or one zone's subtree), searched by name or 事项编码 and
 * filtered by level, status and the day the catalogue stood on; the zone's 放得下、接得住、用得好
 * counts and its slower-than-promised items; and its 通办 items. Filters, tab and page in the URL.
 */
import { Card, Pagination, Tabs } from 'antd';
import { DELEGATION_STATUSES, DELEGATION_TYPES, POWER_ITEM_TYPES, POWER_LEVELS } from '@shared/powers.enums';
import { usePublicPowerStats, usePublicPowers } from '../../../api/public-powers';
import { EmptyState, ErrorState, LoadingState, QueryState } from '../../../components/page-state';
import { useT } from '../../../i18n/use-t';
import { useFormat } from '../../../lib/use-format';
import { usePageParams } from '../../../lib/use-page-params';
import { pickEnum, useQueryParams } from '../../../lib/use-query-params';
import { useZoneNames } from '../../../lib/zone-names';
import { DelegationCard } from './components/delegation-card';
import { PowerCounts } from './components/power-counts';
import { PowerFilters, type PowerFilterValue } from './components/power-filters';
import { SlowItems } from './components/slow-items';
import { TongbanList } from './components/tongban-list';
import './powers.css';

const PAGE_SIZE = 10;
const TABS = ['catalogue', 'tongban'] as const;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function PowersPage() {
  const { t } = useT();
  const names = useZoneNames();
  const { params, getNumber, update } = useQueryParams();
  const { page, pageSize } = usePageParams({ defaultPageSize: PAGE_SIZE, maxPageSize: 100 });
  const tab = pickEnum(params.get('tab'), TABS) ?? 'catalogue';
  const on = params.get('on');
  const filters: PowerFilterValue = {
    zone: getNumber('zone'),
    q: params.get('q')?.trim() || undefined,
    level: pickEnum(params.get('level'), POWER_LEVELS),
    type: pickEnum(params.get('type'), DELEGATION_TYPES),
    itemType: pickEnum(params.get('itemType'), POWER_ITEM_TYPES),
    status: pickEnum(params.get('status'), DELEGATION_STATUSES),
    on: on && DAY.test(on) ? on : undefined,
  };
  const onFilters = (next: PowerFilterValue) => update({ zone: next.zone, q: next.q, level: next.level, type: next.type, itemType: next.itemType, status: next.status, on: next.on, page: null });
  const zoneName = filters.zone ? names.full(filters.zone) : t('publicPowers.allZones');

  return (
    <div className="yz-container yz-section-stack">
      <header>
        <h1 className="yz-page-title">{t('nav.powers')}</h1>
        <p className="yz-muted yz-lead">{t('publicPowers.lead')}</p>
      </header>
      <Card>
        <PowerFilters value={filters} onChange={onFilters} catalogue={tab === 'catalogue'} />
      </Card>
      <Tabs
        activeKey={tab}
        onChange={(next) => update({ tab: next === 'catalogue' ? null : next, page: null, pageSize: null })}
        items={[
          { key: 'catalogue', label: t('publicPowers.tabCatalogue'), children: <Catalogue filters={filters} zoneName={zoneName} page={page} pageSize={pageSize} /> },
          {
            key: 'tongban',
            label: t('publicPowers.tabTongban'),
            children: (
              <section aria-labelledby="tongban-title">
                <h2 id="tongban-title" className="yz-section-title">{t('publicPowers.tongbanTitle', { zone: zoneName })}</h2>
                <Card>
                  <TongbanList zone={filters.zone} q={filters.q} page={page} pageSize={pageSize} onPage={(next, size) => update({ page: next === 1 ? null : next, pageSize: size === PAGE_SIZE ? null : size })} />
                </Card>
              </section>
            ),
          },
        ]}
      />
    </div>
  );
}

function Catalogue({ filters, zoneName, page, pageSize }: { filters: PowerFilterValue; zoneName: string; page: number; pageSize: number }) {
  const { t } = useT();
  const format = useFormat();
  const { update } = useQueryParams();
  const stats = usePublicPowerStats({ zone: filters.zone });
  const list = usePublicPowers({ ...filters, page, pageSize });
  const total = list.data?.total ?? 0;
  return (
    <div className="yz-section-stack">
      <section aria-labelledby="powers-counts-title">
        <h2 id="powers-counts-title" className="yz-section-title">
          {t('publicPowers.countsTitle', { zone: zoneName })}
        </h2>
        <Card>
          <QueryState query={stats} minHeight={120}>
            {(data) => (
              <>
                <PowerCounts stats={data} testId="powers-counts" />
                <section className="yz-mt" aria-labelledby="powers-slow-title">
                  <h3 id="powers-slow-title" className="yz-subheading">{t('publicPowers.processingTitle')}</h3>
                  <p className="yz-muted yz-small">{t('publicPowers.processingHint')}</p>
                  <SlowItems stats={data} />
                </section>
              </>
            )}
          </QueryState>
        </Card>
      </section>
      <section aria-labelledby="powers-results-title" id="powers-results">
        <h2 id="powers-results-title" className="yz-section-title">
          {t('publicPowers.results')}
          <span className="yz-section-title__hint" aria-live="polite" data-testid="powers-count">
            {list.data ? (filters.q ? t('publicPowers.countFor', { n: format.number(total), q: filters.q }) : t('publicPowers.count', { n: format.number(total) })) : ''}
            {filters.on ? ` · ${t('publicPowers.asOfValue', { on: format.date(filters.on, 'day') })}` : ''}
          </span>
        </h2>
        {list.isError && !list.data ? (
          <ErrorState error={list.error} onRetry={() => void list.refetch()} />
        ) : !list.data ? (
          <LoadingState minHeight={240} />
        ) : list.data.items.length === 0 ? (
          <Card>
            <EmptyState description={filters.q ? t('publicPowers.noHits', { q: filters.q }) : t('publicPowers.empty')} />
          </Card>
        ) : (
          <div className={list.isFetching ? 'yz-case-list yz-case-list--stale' : 'yz-case-list'} aria-busy={list.isFetching} data-testid="powers-list">
            {list.data.items.map((delegation) => (
              <DelegationCard key={delegation.id} delegation={delegation} />
            ))}
          </div>
        )}
        {total > pageSize && (
          <Pagination
            className="yz-mt"
            align="center"
            current={page}
            pageSize={pageSize}
            total={total}
            showSizeChanger={false}
            onChange={(next) => update({ page: next === 1 ? null : next })}
          />
        )}
      </section>
    </div>
  );
}
