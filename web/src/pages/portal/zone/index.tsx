import { Breadcrumb, Card, Result } from 'antd';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../../api/api';
import { useZone, useZonePlatforms } from '../../../api/zones';
import { ErrorState, LoadingState, QueryState } from '../../../components/page-state';
import { ZoneTypeTag } from '../../../components/zone-type-tag';
import { useFormat } from '../../../lib/use-format';
import { useT } from '../../../i18n/use-t';
import { useZoneNames } from '../../../lib/zone-names';
import { PublicLedger } from './components/public-ledger';
import { ZoneFacts } from './components/zone-facts';
import { SourceCitation } from '../../../components/source-citation';
import { ZoneInnovations } from './components/zone-innovations';
import { ZoneFigures } from './components/zone-figures';
import { ZonePowers } from './components/zone-powers';

export function ZonePage() {
  const { t } = useT();
  const zoneNames = useZoneNames();
  const format = useFormat();
  const params = useParams();
  const id = Number(params.id);
  const validId = Number.isInteger(id) && id > 0 ? id : undefined;
  const detail = useZone(validId);
  const platforms = useZonePlatforms(validId);

  if (validId === undefined || isApiError(detail.error, 404)) {
    return <Result status="404" title={t('zone.notFound')} extra={<Link to="/zones">{t('nav.zones')}</Link>} />;
  }
  if (detail.isError) return <ErrorState error={detail.error} onRetry={() => void detail.refetch()} />;
  if (!detail.data) return <LoadingState minHeight={320} />;
  const { zone, ancestors, children } = detail.data;
  const name = zoneNames.full(zone.id, zone.name);

  return (
    <div className="yz-container yz-section-stack">
      <Breadcrumb
        items={[
          { key: 'home', title: <Link to="/">{t('nav.home')}</Link> },
          ...ancestors.map((a) => ({ key: a.id, title: <Link to={`/zones/${a.id}`}>{zoneNames.full(a.id, a.name)}</Link> })),
          { key: zone.id, title: name },
        ]}
      />
      <header className="yz-zone-header">
        <h1 className="yz-page-title">
          {name} <ZoneTypeTag type={zone.type} />
        </h1>
        {/* In English the official Chinese name stays beside the English one: it is what documents cite. */}
        {name !== zone.name && (
          <p className="yz-zone-header__official" lang="zh-CN">
            {zone.name}
          </p>
        )}
      </header>
      <Card>
        <ZoneFacts zone={zone} />
        {zone.positioning && (
          <section className="yz-mt" aria-labelledby="positioning-title">
            <h2 id="positioning-title" className="yz-subheading">{t('zone.positioning')}</h2>
            <p className="yz-prose">{zone.positioning}</p>
          </section>
        )}
        {zone.description && (
          <section className="yz-mt" aria-labelledby="description-title">
            <h2 id="description-title" className="yz-subheading">{t('zone.description')}</h2>
            <p className="yz-prose">{zone.description}</p>
          </section>
        )}
        <SourceCitation source={zone.source} label={t('zone.source')} />
      </Card>
      {children.length > 0 && (
        <section aria-labelledby="children-title">
          <h2 id="children-title" className="yz-section-title">{t('zone.children')}</h2>
          <ul className="yz-child-zones">
            {children.map((child) => (
              <li key={child.id}>
                <Link to={`/zones/${child.id}`} className="yz-child-zones__name">{zoneNames.full(child.id, child.name)}</Link>
                <ZoneTypeTag type={child.type} />
                <span className="yz-muted">
                  {format.date(child.establishedOn, child.establishedPrecision)}
                  {child.areaKm2 ? ` · ${format.area(child.areaKm2)}` : ''}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <ZoneInnovations zoneId={zone.id} />
      <ZonePowers zoneId={zone.id} />
      <ZoneFigures zoneId={zone.id} />
      <section aria-labelledby="ledger-title">
        <h2 id="ledger-title" className="yz-section-title">{t('platform.ledger')}</h2>
        <Card>
          <QueryState query={platforms}>{(items) => <PublicLedger platforms={items} zoneId={zone.id} />}</QueryState>
        </Card>
      </section>
    </div>
  );
}
