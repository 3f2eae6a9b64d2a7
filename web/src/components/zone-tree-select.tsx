import { TreeSelect } from 'antd';
import { useMemo } from 'react';
import type { Zone } from '../api/types';
import { useZones } from '../api/zones';
import { useT } from '../i18n/use-t';
import { type ZoneNode, buildZoneTree } from '../lib/zone-tree';
import { type ZoneNames, useZoneNames } from '../lib/zone-names';

type TreeOption = { value: number; title: string; disabled?: boolean; children?: TreeOption[] };

/** The zone tree as options; with `selectable`, other zones are shown (greyed) only as the path to a selectable one. */
function toOptions(nodes: ZoneNode[], names: ZoneNames, selectable?: (zone: Zone) => boolean): TreeOption[] {
  const result: TreeOption[] = [];
  for (const node of nodes) {
    const children = toOptions(node.children, names, selectable);
    const ok = selectable ? selectable(node) : true;
    if (!ok && children.length === 0) continue;
    result.push({ value: node.id, title: names.full(node.id, node.name), disabled: !ok, children: children.length ? children : undefined });
  }
  return result;
}

/** One zone from the shared tree, searchable by name. */
export function ZoneTreeSelect({
  value,
  onChange,
  selectable,
  id,
  placeholder,
  allowClear = true,
  style,
  ariaLabel,
  disabled,
}: {
  value?: number;
  onChange?: (value: number | undefined) => void;
  selectable?: (zone: Zone) => boolean;
  id?: string;
  placeholder?: string;
  allowClear?: boolean;
  style?: React.CSSProperties;
  ariaLabel?: string;
  disabled?: boolean;
}) {
  const { t } = useT();
  const zones = useZones();
  const names = useZoneNames();
  const treeData = useMemo(() => toOptions(buildZoneTree(zones.data ?? []), names, selectable), [zones.data, names, selectable]);
  return (
    <TreeSelect<number>
      id={id}
      aria-label={ariaLabel}
      allowClear={allowClear}
      disabled={disabled}
      showSearch={{ treeNodeFilterProp: 'title' }}
      placeholder={placeholder ?? t('common.all')}
      style={style ?? { width: 260 }}
      loading={zones.isPending}
      value={value}
      onChange={(next) => onChange?.(next ?? undefined)}
      treeData={treeData}
      treeDefaultExpandAll
      popupMatchSelectWidth={false}
    />
  );
}
