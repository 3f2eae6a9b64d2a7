import { Col, Row, Statistic } from 'antd';
import { ZONE_TYPE_LABELS, type ZoneType } from '@shared/zones.enums';
import { PLATFORM_STATUSES, PLATFORM_STATUS_LABELS } from '@shared/platforms.enums';
import type { Overview } from '../api/types';
import { useT } from '../i18n/use-t';
import { Panel } from './panel';

const ZONE_FIGURES: ZoneType[] = ['ftz', 'area', 'pilot', 'block'];

/** Headline counts from /api/stats/overview: zones by type and platforms by status. */
export function HeadlineFigures({ overview }: { overview: Overview }) {
  const { t, label, lang } = useT();
  const unit = lang === 'zh' ? '个' : undefined;
  const totalPlatforms = PLATFORM_STATUSES.reduce((sum, s) => sum + (overview.platformsByStatus[s] ?? 0), 0);
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={10}>
        <Panel title={t('home.figuresZones')} className="yz-figure-card">
          <Row gutter={[8, 8]}>
            {ZONE_FIGURES.map((type) => (
              <Col key={type} xs={12} sm={6} lg={12} xl={6}>
                <Statistic title={label(ZONE_TYPE_LABELS[type])} value={overview.zonesByType[type] ?? 0} suffix={unit} />
              </Col>
            ))}
          </Row>
        </Panel>
      </Col>
      <Col xs={24} lg={14}>
        <Panel title={t('home.figuresPlatforms')} className="yz-figure-card">
          <Row gutter={[8, 8]}>
            <Col xs={12} sm={8} md={4}>
              <Statistic title={t('home.platformsTotal')} value={totalPlatforms} suffix={unit} />
            </Col>
            {PLATFORM_STATUSES.map((status) => (
              <Col key={status} xs={12} sm={8} md={4}>
                <Statistic title={label(PLATFORM_STATUS_LABELS[status])} value={overview.platformsByStatus[status] ?? 0} suffix={unit} />
              </Col>
            ))}
          </Row>
        </Panel>
      </Col>
    </Row>
  );
}
