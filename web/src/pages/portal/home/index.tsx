import { useMemo } from 'react';
import { useFormationStats } from '../../../api/replication';
import { useOverview } from '../../../api/stats';
import { HeadlineFigures } from '../../../components/headline-figures';
import { QueryState } from '../../../components/page-state';
import { Panel } from '../../../components/panel';
import { PlatformStatusChart } from '../../../components/platform-status-chart';
import { useT } from '../../../i18n/use-t';
import { Formation } from './components/formation';
import { LatestCases } from './components/latest-cases';
import { PilotHeadline } from './components/pilot-headline';
import { Hero } from './components/hero';

export function HomePage() {
  const { t } = useT();
  const overview = useOverview();
  // Innovation counts are a second source: if they fail, the formation still shows without them.
  const formation = useFormationStats();
  const counts = useMemo(() => (formation.data ? new Map(formation.data.zones.map((zone) => [zone.zoneId, zone])) : undefined), [formation.data]);
  return (
    <>
      <Hero />
      <div className="yz-container yz-section-stack">
        <QueryState query={overview} minHeight={320}>
          {(data) => (
            <>
              <section aria-labelledby="figures-title">
                <h2 id="figures-title" className="yz-section-title">
                  {t('home.figures')}
                </h2>
                {formation.data && <PilotHeadline stats={formation.data} />}
                <HeadlineFigures overview={data} />
                <Panel className="yz-mt" title={<h3 className="yz-card-title">{t('home.chartTitle')}</h3>}>
                  <PlatformStatusChart counts={data.platformsByStatus} />
                </Panel>
              </section>
              <section aria-labelledby="formation-title" id="formation">
                <h2 id="formation-title" className="yz-section-title">
                  {t('home.formation')}
                  <span className="yz-section-title__hint">{t('home.formationHint')}</span>
                </h2>
                <Formation entries={data.formation} counts={counts} />
              </section>
            </>
          )}
        </QueryState>
        <LatestCases />
      </div>
    </>
  );
}
