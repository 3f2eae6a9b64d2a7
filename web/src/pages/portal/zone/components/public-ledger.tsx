import { Table } from 'antd';
import { PLATFORM_TYPE_LABELS } from '@shared/platforms.enums';
import type { Platform } from '../../../../api/types';
import { EmptyState } from '../../../../components/page-state';
import { PlatformStatusTag } from '../../../../components/platform-status-tag';
import { StatusTimeline } from '../../../../components/status-timeline';
import { useT } from '../../../../i18n/use-t';
import { testIdProps } from '../../../../lib/test-id';
import { useZoneNames } from '../../../../lib/zone-names';

/** Public entries only: a planning-stage entry is internal even when the viewer could see it. */
export function PublicLedger({ platforms, zoneId }: { platforms: Platform[]; zoneId: number }) {
  const { t, label } = useT();
  const zoneNames = useZoneNames();
  const rows = platforms.filter((platform) => platform.isPublic);
  const showZone = rows.some((platform) => platform.zoneId !== zoneId);
  return (
    <Table<Platform>
      rowKey="id"
      size="middle"
      dataSource={rows}
      pagination={rows.length > 20 ? { pageSize: 20 } : false}
      locale={{ emptyText: <EmptyState description={t('platform.ledgerEmpty')} /> }}
      scroll={{ x: 960 }}
      onRow={(platform) => testIdProps(`platform-row-${platform.id}`)}
      columns={[
        { key: 'name', title: t('platform.name'), dataIndex: 'name', width: 220 },
        { key: 'type', title: t('platform.type'), width: 170, render: (_, p) => label(PLATFORM_TYPE_LABELS[p.type]) },
        ...(showZone ? [{ key: 'zone', title: t('platform.zone'), width: 140, render: (_: unknown, p: Platform) => zoneNames.full(p.zoneId, p.zoneName) }] : []),
        { key: 'status', title: t('platform.status'), width: 110, render: (_, p) => <PlatformStatusTag status={p.status} /> },
        {
          key: 'progress',
          title: t('platform.progress'),
          render: (_, p) => <StatusTimeline name={p.name} status={p.status} dates={p.statusDates} compact />,
        },
      ]}
    />
  );
}
