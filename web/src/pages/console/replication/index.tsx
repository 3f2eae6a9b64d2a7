import type { MatrixLevel } from '../../../api/types';
import { useZones } from '../../../api/zones';
import { useCurrentUser } from '../../../components/current-user';
import { useT } from '../../../i18n/use-t';
import { pickEnum, useQueryParams } from '../../../lib/use-query-params';
import { MatrixCard } from './components/matrix-card';
import { RecommendationsCard } from './components/recommendations-card';

const LEVELS: readonly MatrixLevel[] = ['province', 'published'];

/** 复制推广: the zone × innovation matrix, and what a zone could still adopt. Choices live in the URL. */
export function ReplicationPage() {
  const { t } = useT();
  const me = useCurrentUser();
  const zones = useZones();
  const { params, getNumber, update } = useQueryParams();
  const level = pickEnum(params.get('level'), LEVELS) ?? 'province';
  // Zone staff look at their own zone unless they pick another; the province office picks one.
  const scope = zones.data?.find((zone) => zone.id === me.scopeZone?.id);
  const ownZone = scope && ['area', 'pilot', 'block'].includes(scope.type) ? scope.id : undefined;
  const recommendationZone = getNumber('zone') ?? ownZone;
  const recommendations = <RecommendationsCard zoneId={recommendationZone} onZone={(zoneId) => update({ zone: zoneId })} />;

  return (
    <div className="yz-section-stack">
      <h1 className="yz-page-title">{t('console.menu.replication')}</h1>
      {ownZone !== undefined && recommendations}
      <MatrixCard
        rootId={getNumber('matrixZone')}
        level={level}
        onChange={(next) =>
          update({
            ...('matrixZone' in next ? { matrixZone: next.matrixZone } : {}),
            ...(next.level ? { level: next.level === 'province' ? null : next.level } : {}),
          })
        }
      />
      {ownZone === undefined && recommendations}
    </div>
  );
}
