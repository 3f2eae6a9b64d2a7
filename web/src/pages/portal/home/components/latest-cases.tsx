import { RightOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { usePublicInnovations } from '../../../../api/innovations';
import { CaseCard } from '../../../../components/case-card';
import { EmptyState, QueryState } from '../../../../components/page-state';
import { useT } from '../../../../i18n/use-t';

/** 最新案例: the six most recently decided published cases. */
export function LatestCases() {
  const { t } = useT();
  const latest = usePublicInnovations({ page: 1, pageSize: 6 });
  return (
    <section aria-labelledby="latest-cases-title">
      <h2 id="latest-cases-title" className="yz-section-title">
        {t('home.latestCases')}
        <Link to="/cases" className="yz-section-title__more">
          {t('home.allCases')} <RightOutlined aria-hidden="true" />
        </Link>
      </h2>
      <QueryState query={latest} minHeight={200}>
        {(page) =>
          page.items.length === 0 ? (
            <EmptyState description={t('case.empty')} />
          ) : (
            <div className="yz-case-grid">
              {page.items.map((item) => (
                <CaseCard key={item.id} item={item} />
              ))}
            </div>
          )
        }
      </QueryState>
    </section>
  );
}
