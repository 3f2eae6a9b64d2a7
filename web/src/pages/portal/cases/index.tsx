import { Card, Pagination } from 'antd';
import { useEffect, useRef } from 'react';
import { usePublicInnovations } from '../../../api/innovations';
import type { InnovationFilters as Filters } from '../../../api/types';
import { CaseCard } from '../../../components/case-card';
import { InnovationFilters } from '../../../components/innovation-filters';
import { EmptyState, ErrorState, LoadingState } from '../../../components/page-state';
import { SearchSortBar } from '../../../components/search-sort-bar';
import { useFormat } from '../../../lib/use-format';
import { useT } from '../../../i18n/use-t';
import { readInnovationFilters, readInnovationSort } from '../../../lib/innovation-params';
import { usePageParams } from '../../../lib/use-page-params';
import { useQueryParams } from '../../../lib/use-query-params';

const PAGE_SIZE = 10;

/** 案例库: the published cases, searched with words (保税, 跨境电商 …) and filtered; all in the URL. */
export function CasesPage() {
  const { t } = useT();
  const format = useFormat();
  const { params, getNumber, update } = useQueryParams();
  const filters = readInnovationFilters(params, getNumber);
  // The portal lists published cases only; a status in the URL is not one of its filters.
  delete filters.status;
  const { page, pageSize } = usePageParams({ defaultPageSize: PAGE_SIZE, maxPageSize: 50 });
  const sort = readInnovationSort(params);
  const list = usePublicInnovations({ ...filters, sort, page, pageSize });

  // Turning a page brings the results back into view; the first render stays where it is.
  const firstPage = useRef(page);
  useEffect(() => {
    if (page === firstPage.current) return;
    firstPage.current = -1;
    document.querySelector<HTMLElement>('#cases-results')?.scrollIntoView?.({ block: 'start' });
  }, [page]);

  const onFilters = (next: Filters) =>
    update({ q: next.q, zoneId: next.zoneId, domain: next.domain, task: next.task, level: next.level, year: next.year, page: null });

  const total = list.data?.total ?? 0;
  return (
    <div className="yz-container yz-section-stack">
      <header>
        <h1 className="yz-page-title">{t('nav.cases')}</h1>
        <p className="yz-muted yz-lead">{t('case.lead')}</p>
      </header>
      <Card>
        <InnovationFilters value={filters} onChange={onFilters} idPrefix="cases-filter" />
      </Card>
      <section aria-labelledby="cases-results-title" id="cases-results">
        <h2 id="cases-results-title" className="yz-section-title">
          {t('case.results')}
          <span className="yz-section-title__hint" aria-live="polite" data-testid="cases-count">
            {list.data
              ? list.data.totalIsCapped
                ? t('case.countCapped', { n: format.number(total) })
                : filters.q
                  ? t('case.countFor', { n: format.number(total), q: filters.q })
                  : t('case.count', { n: format.number(total) })
              : ''}
          </span>
        </h2>
        <SearchSortBar
          idPrefix="cases"
          sort={sort}
          hasQuery={!!filters.q}
          partial={list.data?.match === 'partial' && list.data.items.length > 0}
          onSort={(next) => update({ sort: next, page: null })}
        />
        {list.isError && !list.data ? (
          <ErrorState error={list.error} onRetry={() => void list.refetch()} />
        ) : !list.data ? (
          <LoadingState minHeight={240} />
        ) : list.data.items.length === 0 ? (
          <Card>
            <EmptyState description={filters.q ? t('case.noHits', { q: filters.q }) : t('case.empty')} />
          </Card>
        ) : (
          <div className={list.isFetching ? 'yz-case-list yz-case-list--stale' : 'yz-case-list'} aria-busy={list.isFetching}>
            {list.data.items.map((item) => (
              <CaseCard key={item.id} item={item} />
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
