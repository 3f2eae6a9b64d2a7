/**
 * 排名范围: whose children a dashboard compares — every pilot zone (nothing chosen) or the children
 * of one zone. Only zones that have children can be chosen; the rest show as the path to them.
 */
import { useMemo } from 'react';
import { useZones } from '../api/zones';
import { useT } from '../i18n/use-t';
import { ZoneTreeSelect } from './zone-tree-select';

export function PeerScopeSelect({ value, onChange }: { value: number | undefined; onChange: (parent: number | undefined) => void }) {
  const { t } = useT();
  const zones = useZones();
  const parents = useMemo(() => new Set((zones.data ?? []).map((zone) => zone.parentId)), [zones.data]);
  return (
    <>
      <span>{t('dashboard.rankingScope')}</span>
      <ZoneTreeSelect ariaLabel={t('dashboard.rankingScope')} placeholder={t('dashboard.rankingScopeAll')} value={value} onChange={onChange} selectable={(zone) => parents.has(zone.id)} />
    </>
  );
}
