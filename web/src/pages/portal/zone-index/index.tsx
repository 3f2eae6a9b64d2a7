import { Card } from 'antd';
import { Link } from 'react-router';
import { useZones } from '../../../api/zones';
import { EmptyState, QueryState } from '../../../components/page-state';
import { ZoneTypeTag } from '../../../components/zone-type-tag';
import { useT } from '../../../i18n/use-t';
import { type ZoneNode, buildZoneTree } from '../../../lib/zone-tree';
import { type ZoneNames, useZoneNames } from '../../../lib/zone-names';

function ZoneList({ nodes, names }: { nodes: ZoneNode[]; names: ZoneNames }) {
  const { t } = useT();
  return (
    <ul className="yz-zone-list">
      {nodes.map((node) => (
        <li key={node.id}>
          <Link to={`/zones/${node.id}`}>{names.full(node.id, node.name)}</Link> <ZoneTypeTag type={node.type} />
          {node.platformCount > 0 && <span className="yz-muted">{t('zone.platformCount', { n: node.platformCount })}</span>}
          {node.children.length > 0 && <ZoneList nodes={node.children} names={names} />}
        </li>
      ))}
    </ul>
  );
}

/** Directory of every zone, as the tree the whole platform shares. */
export function ZoneIndexPage() {
  const { t } = useT();
  const zones = useZones();
  const names = useZoneNames();
  return (
    <div className="yz-container yz-section-stack">
      <h1 className="yz-page-title">{t('nav.zones')}</h1>
      <Card>
        <QueryState query={zones}>
          {(items) => (items.length === 0 ? <EmptyState /> : <ZoneList nodes={buildZoneTree(items)} names={names} />)}
        </QueryState>
      </Card>
    </div>
  );
}
