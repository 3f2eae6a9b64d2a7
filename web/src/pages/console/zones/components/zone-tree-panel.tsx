import { Card, Input, Tree, type TreeDataNode } from 'antd';
import { useMemo, useState } from 'react';
import type { Zone } from '../../../../api/types';
import { EmptyState } from '../../../../components/page-state';
import { useT } from '../../../../i18n/use-t';
import { type ZoneNode, buildZoneTree, pathTo } from '../../../../lib/zone-tree';

/**
 * Official names repeat the parent's ("中国(四川)自由贸易试验区宜宾协同改革先行区"): the repeated prefix is
 * collapsed to zero size but kept in the text, so the node's accessible name is still the full zone name.
 * (Not the usual 1px visually-hidden box: that gives the title a second hit box and clicks miss it.)
 */
function ZoneTitle({ node, parent }: { node: ZoneNode; parent: ZoneNode | undefined }) {
  const parentName = parent?.type === 'ftz' ? parent.name : undefined;
  const prefix = parentName && node.name.startsWith(parentName) && node.name.length > parentName.length ? parentName : '';
  return (
    <span data-testid={`zone-node-${node.id}`} title={node.name}>
      {prefix && <span className="yz-tree-prefix">{prefix}</span>}
      {node.name.slice(prefix.length)}
    </span>
  );
}

function toTreeData(nodes: ZoneNode[], query: string, parent?: ZoneNode): TreeDataNode[] {
  const result: TreeDataNode[] = [];
  for (const node of nodes) {
    const children = toTreeData(node.children, query, node);
    const matches = !query || node.name.includes(query) || node.shortName.includes(query) || node.code.toLowerCase().includes(query.toLowerCase());
    if (!matches && children.length === 0) continue;
    result.push({
      key: node.id,
      title: <ZoneTitle node={node} parent={parent} />,
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
