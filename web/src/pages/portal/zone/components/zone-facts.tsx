import { Descriptions, Tag } from 'antd';
import { REFORM_TASK_LABELS } from '@shared/innovations.enums';
import type { Zone } from '../../../../api/types';
import { useFormat } from '../../../../lib/use-format';
import { useZoneNames } from '../../../../lib/zone-names';
import { useT } from '../../../../i18n/use-t';

export function ZoneTasks({ zone }: { zone: Zone }) {
  const { label } = useT();
  if (zone.tasks.length === 0) return <>—</>;
  return (
    <span className="yz-tags">
      {zone.tasks.map((task) => (
        <Tag key={task} color="red" bordered={false}>
          {label(REFORM_TASK_LABELS[task])}
        </Tag>
      ))}
    </span>
  );
}

/** The zone's facts as the article states them, in a compact description list. */
export function ZoneFacts({ zone }: { zone: Zone }) {
  const { t } = useT();
  const names = useZoneNames();
  const format = useFormat();
  return (
    <Descriptions
      size="small"
      column={{ xs: 1, sm: 2, lg: 3 }}
      items={[
        { key: 'established', label: t('zone.established'), children: format.date(zone.establishedOn, zone.establishedPrecision) },
        { key: 'area', label: t('zone.area'), children: format.area(zone.areaKm2) },
        { key: 'platforms', label: t('zone.platforms'), children: format.count(zone.platformCount) },
        ...(zone.group ? [{ key: 'group', label: t('zone.group'), children: names.group(zone.group) }] : []),
        { key: 'tasks', label: t('zone.tasks'), children: <ZoneTasks zone={zone} />, span: 2 },
      ]}
    />
  );
}
