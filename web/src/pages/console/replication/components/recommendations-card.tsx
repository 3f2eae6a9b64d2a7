import { Button, Card, Form, Progress, Table } from 'antd';
import { INNOVATION_DOMAIN_LABELS, REFORM_TASK_LABELS } from '@shared/innovations.enums';
import { useCallback, useState } from 'react';
import { Link } from 'react-router';
import { useRecommendations } from '../../../../api/replication';
import type { Recommendation, Zone } from '../../../../api/types';
import { useZones } from '../../../../api/zones';
import { AdoptionDialog } from '../../../../components/adoption-dialog';
import { InnovationStatusTag } from '../../../../components/innovation-status-tag';
import { EmptyState, ErrorState } from '../../../../components/page-state';
import { ZoneTreeSelect } from '../../../../components/zone-tree-select';
import { useT } from '../../../../i18n/use-t';
import { formatScore } from '../../../../lib/score';
import { testIdProps } from '../../../../lib/test-id';
import { useZoneNames } from '../../../../lib/zone-names';

const ADOPTING_TYPES: readonly Zone['type'][] = ['area', 'pilot', 'block'];

/** 已在他处复制推广、本区域尚未复制: proven innovations a zone has not adopted yet, most relevant first. */
export function RecommendationsCard({ zoneId, onZone }: { zoneId: number | undefined; onZone: (zoneId: number | undefined) => void }) {
  const { t, label, lang } = useT();
  const zones = useZones();
  const zoneNames = useZoneNames();
  const recommendations = useRecommendations(zoneId);
  const [adopting, setAdopting] = useState<Recommendation | null>(null);
  const zone = zones.data?.find((z) => z.id === zoneId);
  const canRecord = !!zone?.abilities.createPlatform && ADOPTING_TYPES.includes(zone.type);
  const selectable = useCallback((z: Zone) => ADOPTING_TYPES.includes(z.type), []);

  return (
    <Card
      title={<h2 className="yz-card-title">{t('replication.recommendations')}</h2>}
      extra={<span className="yz-muted yz-small">{t('replication.recommendationsHint')}</span>}
    >
      <Form layout="inline" className="yz-filters yz-mb">
        <Form.Item label={t('replication.forZone')} htmlFor="recommendation-zone">
          <ZoneTreeSelect id="recommendation-zone" value={zoneId} onChange={onZone} selectable={selectable} placeholder={t('replication.pickZone')} allowClear={false} style={{ width: 300 }} />
        </Form.Item>
      </Form>
      {zoneId === undefined ? (
        <EmptyState description={t('replication.pickZoneHint')} />
      ) : recommendations.isError ? (
        <ErrorState error={recommendations.error} onRetry={() => void recommendations.refetch()} />
      ) : (
        <Table<Recommendation>
          rowKey="id"
          size="middle"
          loading={recommendations.isFetching}
          dataSource={recommendations.data ?? []}
          pagination={false}
          scroll={{ x: 900 }}
          locale={{ emptyText: <EmptyState description={t('replication.recommendationsEmpty')} /> }}
          onRow={(item) => testIdProps(`recommendation-row-${item.id}`)}
          columns={[
            { key: 'name', title: t('innovation.name'), render: (_, item) => <Link to={`/console/innovations/${item.id}`}>{item.name}</Link> },
            { key: 'zone', title: t('replication.fromZone'), width: 130, render: (_, item) => zoneNames.named(item.zoneShortName) },
            { key: 'domain', title: t('innovation.domain'), width: 150, render: (_, item) => label(INNOVATION_DOMAIN_LABELS[item.domain]) },
            { key: 'task', title: t('innovation.task'), width: 100, render: (_, item) => (item.task ? label(REFORM_TASK_LABELS[item.task]) : '—') },
            { key: 'status', title: t('innovation.status'), width: 130, render: (_, item) => <InnovationStatusTag status={item.status} /> },
            {
              key: 'score',
              title: t('replication.relevance'),
              width: 150,
              render: (_, item) => (
                <div className="yz-score">
                  <Progress percent={Math.round(Math.min(1, Math.max(0, item.score)) * 100)} size="small" showInfo={false} aria-hidden="true" />
                  <span className="yz-small">{formatScore(item.score, lang)}</span>
                </div>
              ),
            },
            ...(canRecord
              ? [
                  {
                    key: 'actions',
                    title: t('common.actions'),
                    width: 140,
                    render: (_: unknown, item: Recommendation) => (
                      <Button size="small" type="primary" ghost onClick={() => setAdopting(item)} data-testid={`recommendation-adopt-${item.id}`}>
                        {t('adoption.create')}
                      </Button>
                    ),
                  },
                ]
              : []),
          ]}
        />
      )}
      {adopting && <AdoptionDialog innovation={{ id: adopting.id, name: adopting.name }} defaultZoneId={zoneId} onClose={() => setAdopting(null)} />}
    </Card>
  );
}
