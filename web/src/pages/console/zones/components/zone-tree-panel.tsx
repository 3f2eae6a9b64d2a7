import { Card, Input, Tree, type TreeDataNode } from 'antd';
import type { Lang } from '@shared/enums';
import { useMemo, useState } from 'react';
import type { Zone } from '../../../../api/types';
import { EmptyState } from '../../../../components/page-state';
import { useT } from '../../../../i18n/use-t';
import { type ZoneNode, buildZoneTree, pathTo } from '../../../../lib/zone-tree';
import { type ZoneNames, useZoneNames } from '../../../../lib/zone-names';

/**
 * Official names repeat the parent's ("中国(四川)自由贸易试验区宜宾协同改革先行区"): the repeated prefix is
 * collapsed to zero size but kept in the text, so the node's accessible name is still the full zone name.
 * (Not the usual 1px visually-hidden box: that gives the title a second hit box and clicks miss it.)
 */
function ZoneTitle({ name, parentName, id, fullName }: { name: string; parentName: string | undefined; id: number; fullName: string }) {
  const prefix = parentName && name.startsWith(parentName) && name.length > parentName.length ? parentName : '';
  return (
    <span data-testid={`zone-node-${id}`} title={fullName}>
      {prefix && <span className="yz-tree-prefix">{prefix}</span>}
      {name.slice(prefix.length)}
    </span>
  );
}

function toTreeData(nodes: ZoneNode[], query: string, names: ZoneNames, lang: Lang, parent?: ZoneNode): TreeDataNode[] {
  const result: TreeDataNode[] = [];
  const lower = query.toLowerCase();
  for (const node of nodes) {
    const children = toTreeData(node.children, query, names, lang, node);
    const matches =
      !query ||
      node.name.includes(query) ||
      node.shortName.includes(query) ||
      node.code.toLowerCase().includes(lower) ||
      !!node.nameEn?.toLowerCase().includes(lower);
    if (!matches && children.length === 0) continue;
    result.push({
      key: node.id,
      title: (
        <ZoneTitle
          id={node.id}
          // English names are long and carry no parent prefix to fold away: the tree shows them short ("Yibin").
          name={lang === 'en' ? names.short(node.id, node.name) : node.name}
          fullName={names.full(node.id, node.name)}
          parentName={parent?.type === 'ftz' && lang !== 'en' ? parent.name : undefined}
        />
      ),
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
  const { t, lang } = useT();
  const [query, setQuery] = useState('');
  const [expanded, setExpanded] = useState<number[]>(() => initialExpanded(zones, selectedId));
  const names = useZoneNames();
  const tree = useMemo(() => buildZoneTree(zones), [zones]);
  const treeData = useMemo(() => toTreeData(tree, query.trim(), names, lang), [tree, query, names, lang]);
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
