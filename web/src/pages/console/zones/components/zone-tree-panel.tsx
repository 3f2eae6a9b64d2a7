import { Card, Input, Tree, type TreeDataNode } from 'antd';
import { useMemo, useState } from 'react';
import type { Zone } from '../../../../api/types';
import { EmptyState } from '../../../../components/page-state';
import { useT } from '../../../../i18n/use-t';
import { type ZoneNode, buildZoneTree, pathTo } from '../../../../lib/zone-tree';

function toTreeData(nodes: ZoneNode[], query: string): TreeDataNode[] {
  const result: TreeDataNode[] = [];
  for (const node of nodes) {
    const children = toTreeData(node.children, query);
    const matches = !query || node.name.includes(query) || node.shortName.includes(query) || node.code.toLowerCase().includes(query.toLowerCase());
    if (!matches && children.length === 0) continue;
    result.push({
      key: node.id,
      // The zone name as plain text: tests and screen readers find the node by it.
      title: <span data-testid={`zone-node-${node.id}`}>{node.name}</span>,
      children: children.length ? children : undefined,
    });
  }
  return result;
}

function initialExpanded(zones: Zone[], selectedId: number | undefined): number[] {
  const topLevels = zones.filter((zone) => zone.type === 'country' || zone.type === 'ftz').map((zone) => zone.id);
  const path = selectedId === undefined ? [] : pathTo(zones, selectedId);
  return [...new Set([...topLevels, ...path])];
}

export function ZoneTreePanel({
  zones,
  selectedId,
  onSelect,
}: {
  zones: Zone[];
  selectedId: number | undefined;
  onSelect: (id: number) => void;
}) {
  const { t } = useT();
  const [query, setQuery] = useState('');
  const [expanded, setExpanded] = useState<number[]>(() => initialExpanded(zones, selectedId));
  const tree = useMemo(() => buildZoneTree(zones), [zones]);
  const treeData = useMemo(() => toTreeData(tree, query.trim()), [tree, query]);
  const allKeys = useMemo(() => zones.map((zone) => zone.id), [zones]);

  return (
    <Card size="small" title={<h2 className="yz-card-title">{t('zones.treeTitle')}</h2>} className="yz-tree-card">
      <Input.Search
        allowClear
        placeholder={t('zones.treeSearch')}
        aria-label={t('zones.treeSearch')}
        onChange={(event) => setQuery(event.target.value)}
        className="yz-mb"
      />
      {treeData.length === 0 ? (
        <EmptyState />
      ) : (
        <Tree
          blockNode
          showLine
          treeData={treeData}
          selectedKeys={selectedId === undefined ? [] : [selectedId]}
          expandedKeys={query.trim() ? allKeys : expanded}
          onExpand={(keys) => setExpanded(keys.map(Number))}
          onSelect={(keys) => {
            // Clicking the selected node again would deselect it; keep a zone selected instead.
            const key = keys[0];
            if (key !== undefined) onSelect(Number(key));
          }}
        />
      )}
    </Card>
  );
}
