import type { TableProps } from 'antd';
import { INNOVATION_DOMAIN_LABELS } from '@shared/innovations.enums';
import { Link } from 'react-router';
import type { InnovationListItem } from '../../../../api/types';
import { Highlighted } from '../../../../components/highlight';
import { InnovationStatusTag, SampleTag } from '../../../../components/innovation-status-tag';
import { useFormat } from '../../../../lib/use-format';
import { useT } from '../../../../i18n/use-t';
import { useZoneNames } from '../../../../lib/zone-names';
import { ListTable } from '../../../../components/list-table';

/** Console list of innovations; with a text search, the title and a snippet come highlighted. */
export function InnovationTable({
  items,
  loading,
  pagination,
  searching,
}: {
  items: InnovationListItem[];
  loading: boolean;
  pagination: TableProps<InnovationListItem>['pagination'];
  searching: boolean;
}) {
  const { t, label } = useT();
  const format = useFormat();
  const zoneNames = useZoneNames();
  return (
    <ListTable<InnovationListItem>
      dataSource={items}
      loading={loading}
      pagination={pagination}
      scroll={{ x: 1000 }}
      empty={searching ? t('innovation.noHits') : t('innovation.empty')}
      rowTestId={(item) => `innovation-row-${item.id}`}
      columns={[
        {
          key: 'name',
          title: t('innovation.name'),
          render: (_, item) => (
            <div className="yz-hit-item">
              <Link to={`/console/innovations/${item.id}`} className="yz-hit-item__title">
                <Highlighted segments={item.highlight?.title} fallback={item.name} />
              </Link>
              <SampleTag isSample={item.isSample} />
              {item.highlight && item.highlight.snippet.length > 0 && (
                <p className="yz-hit-item__snippet">
                  <Highlighted segments={item.highlight.snippet} />
                </p>
              )}
            </div>
          ),
        },
        { key: 'zone', title: t('innovation.zone'), width: 130, render: (_, item) => <span title={zoneNames.full(item.zoneId, item.zoneName)}>{zoneNames.short(item.zoneId, item.zoneShortName)}</span> },
        { key: 'domain', title: t('innovation.domain'), width: 150, render: (_, item) => label(INNOVATION_DOMAIN_LABELS[item.domain]) },
        { key: 'status', title: t('innovation.status'), width: 120, render: (_, item) => <InnovationStatusTag status={item.status} /> },
        {
          key: 'adoptions',
          title: t('innovation.adoptionCount'),
          width: 110,
          align: 'right',
          render: (_, item) => format.number(item.adoptionCount),
        },
        { key: 'updated', title: t('platform.updatedAt'), width: 170, render: (_, item) => format.dateTime(item.updatedAt) },
      ]}
    />
  );
}
