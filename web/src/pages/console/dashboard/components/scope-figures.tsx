import { Card, Col, Row, Statistic } from 'antd';
import { ZONE_TYPE_LABELS, type ZoneType } from '@shared/zones.enums';
import { PLATFORM_STATUSES } from '@shared/platforms.enums';
import { INNOVATION_STATUSES, INNOVATION_STATUS_LABELS } from '@shared/innovations.enums';
import { Link } from 'react-router';
import type { ScopeOverview } from '../../../../api/types';
import { useT } from '../../../../i18n/use-t';
import { useZoneNames } from '../../../../lib/zone-names';

const ZONE_FIGURES: ZoneType[] = ['ftz', 'area', 'pilot', 'block'];

/** 辖区概况: my subtree's zones, platforms, innovations by status, replication and what waits to be adopted. */
export function ScopeFigures({ data }: { data: ScopeOverview }) {
  const { t, label, lang } = useT();
  const zoneNames = useZoneNames();
  const unit = lang === 'zh' ? '项' : undefined;
  const zoneUnit = lang === 'zh' ? '个' : undefined;
  const platforms = PLATFORM_STATUSES.reduce((sum, s) => sum + (data.platformsByStatus[s] ?? 0), 0);
  const zones = ZONE_FIGURES.filter((type) => data.zonesByType[type] > 0);
  return (
    <Row gutter={[16, 16]} data-testid="scope-figures">
      <Col xs={24} xl={12}>
        <Card size="small" title={t('dashboard.scopeInnovations', { zone: zoneNames.short(data.scopeZone.id, data.scopeZone.shortName) })} className="yz-figure-card">
          <Row gutter={[8, 8]}>
            <Col xs={12} sm={8}>
              <Statistic title={t('dashboard.recognized')} value={data.recognized} suffix={unit} data-testid="scope-recognized" />
            </Col>
            <Col xs={12} sm={8}>
              <Statistic title={t('dashboard.provinceReplicated')} value={data.provinceReplicated} suffix={unit} />
            </Col>
            <Col xs={12} sm={8}>
              <Statistic title={t('dashboard.nationReplicated')} value={data.nationReplicated} suffix={unit} />
            </Col>
            {INNOVATION_STATUSES.filter((s) => data.innovationsByStatus[s] > 0).map((status) => (
              <Col key={status} xs={12} sm={8}>
                <Link to={`/console/innovations?status=${status}`}>
                  <Statistic title={label(INNOVATION_STATUS_LABELS[status])} value={data.innovationsByStatus[status]} suffix={unit} />
                </Link>
              </Col>
            ))}
          </Row>
        </Card>
      </Col>
      <Col xs={24} xl={12}>
        <Card size="small" title={t('dashboard.scopeReplication')} className="yz-figure-card">
          <Row gutter={[8, 8]}>
            <Col xs={12} sm={8}>
              <Statistic title={t('dashboard.adoptionsRecorded')} value={data.adoptionsRecorded} suffix={unit} />
            </Col>
            <Col xs={12} sm={8}>
              <Statistic title={t('dashboard.adoptedElsewhere')} value={data.adoptedElsewhere} suffix={unit} />
            </Col>
            <Col xs={12} sm={8}>
              <Link to="/console/replication" data-testid="scope-recommendations">
                <Statistic title={t('dashboard.recommendationsWaiting')} value={data.recommendationsWaiting} suffix={unit} />
              </Link>
            </Col>
            <Col xs={12} sm={8}>
              <Statistic title={t('home.platformsTotal')} value={platforms} suffix={zoneUnit} />
            </Col>
            {zones.map((type) => (
              <Col key={type} xs={12} sm={8}>
                <Statistic title={label(ZONE_TYPE_LABELS[type])} value={data.zonesByType[type]} suffix={zoneUnit} />
              </Col>
            ))}
          </Row>
        </Card>
      </Col>
    </Row>
  );
}
