import { Tag } from 'antd';
import { ZONE_TYPE_LABELS, type ZoneType } from '@shared/zones.enums';
import { useT } from '../i18n/use-t';

const COLORS: Record<ZoneType, string> = {
  country: 'red',
  ftz: 'red',
  area: 'geekblue',
  pilot: 'gold',
  block: 'default',
};

export function ZoneTypeTag({ type }: { type: ZoneType }) {
  const { label } = useT();
  return <Tag color={COLORS[type]}>{label(ZONE_TYPE_LABELS[type])}</Tag>;
}
