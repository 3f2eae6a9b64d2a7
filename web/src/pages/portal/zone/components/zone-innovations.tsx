import { RightOutlined } from '@ant-design/icons';
import { Card, Col, Row, Statistic } from 'antd';
import { Link } from 'react-router';
import { usePublicInnovations } from '../../../../api/innovations';
import { useFormationStats } from '../../../../api/replication';
import { CaseCard } from '../../../../components/case-card';
import { EmptyState, QueryState } from '../../../../components/page-state';
import { useFormat } from '../../../../lib/use-format';
import { useT } from '../../../../i18n/use-t';

const SHOWN = 10;

/** 制度创新成果: the zone's live counts (its whole subtree) and its recognised innovations. */
export function ZoneInnovations({ zoneId }: { zoneId: number }) {
  const { t, lang } = useT();
  const format = useFormat();
  const stats = useFormationStats();
  const list = usePublicInnovations({ zoneId, page: 1, pageSize: SHOWN });
  const counts = stats.data?.zones.find((zone) => zone.zoneId === zoneId);
  const unit = lang === 'zh' ? '项' : undefined;
  return (
    <section aria-labelledby="zone-innovations-title">
      <h2 id="zone-innovations-title" className="yz-section-title">
        {t('zone.innovations')}
        {(list.data?.total ?? 0) > SHOWN && (
          <Link to={`/cases?zoneId=${zoneId}`} className="yz-section-title__more">
            {t('zone.allInnovations', { n: format.number(list.data?.total ?? 0) })} <RightOutlined aria-hidden="true" />
          </Link>
        )}
      </h2>
      <Card>
        {counts && (
          <Row gutter={[16, 16]} className="yz-mb" data-testid="zone-innovation-counts">
            <Col xs={12} md={6}>
              <Statistic title={t('innovation.level.published')} value={counts.recognized} suffix={unit} />
            </Col>
            <Col xs={12} md={6}>
              <Statistic title={t('innovation.level.province')} value={counts.provinceReplicated} suffix={unit} />
            </Col>
            <Col xs={12} md={6}>
              <Statistic title={t('innovation.level.nation')} value={counts.nationReplicated} suffix={unit} />
            </Col>
            <Col xs={12} md={6}>
              <Statistic title={t('zone.adoptedFromOthers')} value={counts.adoptedFromOthers} suffix={unit} />
            </Col>
          </Row>
        )}
        <QueryState query={list} minHeight={160}>
          {(page) =>
            page.items.length === 0 ? (
              <EmptyState description={t('zone.innovationsEmpty')} />
            ) : (
              <div className="yz-case-list">
                {page.items.map((item) => (
                  <CaseCard key={item.id} item={item} />
                ))}
              </div>
            )
          }
        </QueryState>
      </Card>
    </section>
  );
}
