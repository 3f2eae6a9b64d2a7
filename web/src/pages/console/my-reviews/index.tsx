import { useMyAssignments } from '../../../api/my-evaluation';
import { EmptyState, QueryState } from '../../../components/page-state';
import { useT } from '../../../i18n/use-t';
import { StageCard } from './components/stage-card';
import { groupByStage } from './components/stage-groups';

/**
 * 我的评审: the judge's assigned entries stage by stage. A stage's entries are offered for scoring
 * only once its commitment is confirmed (the API refuses sheets without it, and the page says
 * why instead of offering a form that would fail).
 */
export function MyReviewsPage() {
  const { t } = useT();
  const assignments = useMyAssignments();
  return (
    <div className="yz-section-stack">
      <div className="yz-page-head">
        <h1 className="yz-page-title">{t('console.menu.myReviews')}</h1>
      </div>
      <p className="yz-muted">{t('myReviews.lead')}</p>
      <QueryState query={assignments}>
        {(data) => {
          const groups = groupByStage(data);
          if (groups.length === 0) return <EmptyState description={t('myReviews.empty')} />;
          return groups.map((group) => <StageCard key={group.stageId} group={group} />);
        }}
      </QueryState>
    </div>
  );
}
