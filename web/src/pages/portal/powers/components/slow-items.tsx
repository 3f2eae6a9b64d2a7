/** 办理时限: the delegations whose actual average (working days) exceeded the promise in the stats window, as the stats API names them. */
import { Table } from 'antd';
import { Link } from 'react-router';
import type { PublicPowerStats } from '../../../../api/public-powers';
import { EmptyState } from '../../../../components/page-state';
import { useT } from '../../../../i18n/use-t';
import { useFormat } from '../../../../lib/use-format';
import { useZoneNames } from '../../../../lib/zone-names';
import { testIdProps } from '../../../../lib/test-id';
import { PowerSampleTag, useLimitWords } from './power-tags';

type Flagged = PublicPowerStats['slowItems']['items'][number];

export function SlowItems({ stats }: { stats: PublicPowerStats }) {
  const { t } = useT();
  const names = useZoneNames();
  const format = useFormat();
  const limits = useLimitWords();
  const window = t('publicPowers.window', { from: format.date(stats.firstMonth, 'month'), to: format.date(stats.lastMonth, 'month') });
  return (
    <Table<Flagged>
      rowKey="id"
      size="small"
      dataSource={stats.slowItems.items}
      pagination={false}
      scroll={{ x: 640 }}
      onRow={(row) => testIdProps(`slow-${row.id}`)}
      locale={{ emptyText: <EmptyState description={t('publicPowers.slowEmpty', { window })} /> }}
      columns={[
        {
          key: 'name',
          title: t('publicPowers.itemName'),
          render: (_, row) => (
            <>
              <Link to={`/powers/${row.id}`}>{row.itemName}</Link> <PowerSampleTag isSample={row.isSample} />
              <div className="yz-muted yz-small">{row.itemCode}</div>
            </>
          ),
        },
        { key: 'zone', title: t('publicPowers.receivingZone'), render: (_, row) => names.short(row.zone.id, row.zone.name) },
        { key: 'cases', title: t('publicPowers.cases'), align: 'right', render: (_, row) => format.number(row.cases) },
        { key: 'average', title: t('publicPowers.averageDays'), align: 'right', render: (_, row) => limits.days(row.averageDays) },
        { key: 'promised', title: t('publicPowers.promisedLimit'), align: 'right', render: (_, row) => limits.days(row.promisedLimitDays) },
      ]}
    />
  );
}
