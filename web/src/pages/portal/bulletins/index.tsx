import { Card, Input, List, Pagination } from 'antd';
import { Link } from 'react-router';
import { usePublicBulletins } from '../../../api/bulletins';
import { EmptyState, ErrorState, LoadingState } from '../../../components/page-state';
import { useT } from '../../../i18n/use-t';
import { usePageParams } from '../../../lib/use-page-params';
import { useQueryParams } from '../../../lib/use-query-params';

/** 简报: the issued bulletins, newest first, searched with words; all in the URL. */
export function PublicBulletinsPage() {
  const { t } = useT();
  const { params, update } = useQueryParams();
  const q = params.get('q') ?? undefined;
  const { page, pageSize } = usePageParams({ defaultPageSize: 10, maxPageSize: 50 });
  const list = usePublicBulletins({ q, page, pageSize });
  return (
    <div className="yz-container yz-section-stack">
      <header>
        <h1 className="yz-page-title">{t('nav.bulletins')}</h1>
        <p className="yz-muted yz-lead">{t('bulletin.portalIntro')}</p>
      </header>
      <Card>
        <label htmlFor="bulletins-q" className="yz-visually-hidden">{t('bulletin.search')}</label>
        <Input.Search id="bulletins-q" allowClear defaultValue={q} placeholder={t('bulletin.search')} enterButton={t('common.search')} onSearch={(value) => update({ q: value.trim() || null, page: null })} style={{ maxWidth: 520 }} data-testid="bulletins-search" />
      </Card>
      <Card>
        {list.isPending ? (
          <LoadingState minHeight={200} />
        ) : list.isError ? (
          <ErrorState error={list.error} onRetry={() => void list.refetch()} />
        ) : list.data.items.length === 0 ? (
          <EmptyState description={t('bulletin.empty')} />
        ) : (
          <>
            <List
              dataSource={list.data.items}
              renderItem={(item) => (
                <List.Item key={item.id} data-testid={`public-bulletin-${item.id}`}>
                  <List.Item.Meta
                    title={<Link to={`/bulletins/${item.id}`}>{item.headline}</Link>}
                    description={`${item.title} ${t('bulletin.issueNoText', { n: item.issueNo })} · ${item.issuer}${item.issuedOn ? ` · ${t('bulletin.issuedOnText', { date: item.issuedOn })}` : ''}`}
                  />
                </List.Item>
              )}
            />
            <Pagination className="yz-mt" current={page} pageSize={pageSize} total={list.data.total} onChange={(next) => update({ page: next })} showSizeChanger={false} hideOnSinglePage />
          </>
        )}
      </Card>
    </div>
  );
}
