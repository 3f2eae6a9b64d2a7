import { Link } from 'react-router';
import type { FormationEntry, ReplicationCounts } from '../../../../api/types';
import { useFormat } from '../../../../lib/use-format';
import { useZoneNames } from '../../../../lib/zone-names';
import { useT } from '../../../../i18n/use-t';

/** One goose of the formation: a zone with its date, area, platform and innovation figures. */
export function ZoneCard({ entry, counts }: { entry: FormationEntry; counts?: ReplicationCounts }) {
  const { t } = useT();
  const format = useFormat();
  const names = useZoneNames();
  return (
    <article className={`yz-zone-card yz-zone-card--${entry.type}`} aria-labelledby={`zone-card-${entry.zoneId}`}>
      <h4 id={`zone-card-${entry.zoneId}`} className="yz-zone-card__title">
        <Link to={`/zones/${entry.zoneId}`}>{names.short(entry.zoneId, entry.shortName)}</Link>
      </h4>
      <p className="yz-zone-card__full">{names.full(entry.zoneId, entry.name)}</p>
      <dl className="yz-zone-card__facts">
        <div>
          <dt>{t('zone.established')}</dt>
          <dd>{format.date(entry.establishedOn, entry.establishedPrecision)}</dd>
        </div>
        <div>
          <dt>{t('zone.area')}</dt>
          <dd>{format.area(entry.areaKm2)}</dd>
        </div>
        <div>
          <dt>{t('zone.platforms')}</dt>
          <dd>
            {format.count(entry.platforms)}
            {entry.platformsOperating > 0 && (
              <span className="yz-zone-card__operating"> · {t('zone.platformOperating', { n: format.number(entry.platformsOperating) })}</span>
            )}
          </dd>
        </div>
        {counts && (
          <div data-testid={`zone-card-innovations-${entry.zoneId}`}>
            <dt>{t('home.innovations')}</dt>
            <dd className="yz-zone-card__counts">
              <Link to={`/cases?zoneId=${entry.zoneId}`} title={t('home.innovationsTitle')}>
                {t('home.recognizedN', { n: format.number(counts.recognized) })}
              </Link>
              {counts.provinceReplicated > 0 && (
                <span className="yz-zone-card__replicated">{t('home.replicatedN', { n: format.number(counts.provinceReplicated) })}</span>
              )}
              {counts.nationReplicated > 0 && (
                <span className="yz-zone-card__replicated">{t('home.nationN', { n: format.number(counts.nationReplicated) })}</span>
              )}
            </dd>
          </div>
        )}
      </dl>
    </article>
  );
}
