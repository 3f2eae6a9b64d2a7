/**
 * 放权赋能: the zone's delegated powers as the stats API counts them from the catalogue (its whole
 * subtree; never typed in), its 通办 batches with the items and cases counted from the list, and
 * links to the full lists. Nothing shown for a zone with neither.
 */
import { RightOutlined } from '@ant-design/icons';
import { Card } from 'antd';
import { Link } from 'react-router';
import { usePublicPowerStats, usePublicTongban } from '../../../../api/public-powers';
import { ErrorState, LoadingState } from '../../../../components/page-state';
import { useT } from '../../../../i18n/use-t';
import { useFormat } from '../../../../lib/use-format';
import { PowerCounts } from '../../powers/components/power-counts';
import { TongbanBatches } from '../../powers/components/tongban-list';

export function ZonePowers({ zoneId }: { zoneId: number }) {
  const { t } = useT();
  const format = useFormat();
  const stats = usePublicPowerStats({ zone: zoneId });
  // One row is enough: the batches and the totals come over every item in scope.
  const tongban = usePublicTongban({ zone: zoneId, page: 1, pageSize: 1 });
  if (stats.isError || tongban.isError) return <ErrorState error={stats.error ?? tongban.error} onRetry={() => void Promise.all([stats.refetch(), tongban.refetch()])} />;
  if (!stats.data || !tongban.data) return <LoadingState minHeight={160} />;
  const hasPowers = Object.values(stats.data.byStatus).some((n) => n > 0);
  if (!hasPowers && tongban.data.total === 0) return null;
  return (
    <section aria-labelledby="zone-powers-title" data-testid="zone-powers">
      <h2 id="zone-powers-title" className="yz-section-title">
        {t('publicPowers.zoneTitle')}
        <Link to={`/powers?zone=${zoneId}`} className="yz-section-title__more" data-testid="zone-powers-link">
          {t('publicPowers.zoneAll')} <RightOutlined aria-hidden="true" />
        </Link>
      </h2>
      <Card>
        <PowerCounts stats={stats.data} testId="zone-power-counts" />
        {tongban.data.total > 0 && (
          <section className="yz-mt" aria-labelledby="zone-tongban-title">
            <h3 id="zone-tongban-title" className="yz-subheading">
              {t('publicPowers.tabTongban')}
              <span className="yz-section-title__hint" data-testid="zone-tongban-summary">
                {t('publicPowers.tongbanSummary', { n: format.number(tongban.data.total), batches: format.number(tongban.data.batches.length), cases: format.number(tongban.data.cases) })}
              </span>
            </h3>
            <TongbanBatches batches={tongban.data.batches} />
            <p className="yz-mt yz-mb-0">
              <Link to={`/powers?zone=${zoneId}&tab=tongban`} data-testid="zone-tongban-link">
                {t('publicPowers.zoneTongbanAll')} <RightOutlined aria-hidden="true" />
              </Link>
            </p>
          </section>
        )}
      </Card>
    </section>
  );
}
