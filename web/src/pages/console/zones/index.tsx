import { Col, Row } from 'antd';
import { useEffect, useState } from 'react';
import { useZones } from '../../../api/zones';
import { useCurrentUser } from '../../../components/current-user';
import { EmptyState, QueryState } from '../../../components/page-state';
import { PlatformDetailDrawer } from '../../../components/platform-detail-drawer';
import { useT } from '../../../i18n/use-t';
import { useQueryParams } from '../../../lib/use-query-params';
import { ZoneDetailCard } from './components/zone-detail-card';
import { ZoneFormDrawer } from './components/zone-form-drawer';
import { ZoneLedgerCard } from './components/zone-ledger-card';
import { ZoneTreePanel } from './components/zone-tree-panel';

/** 区域管理: tree on the left; the selected zone (?zone=ID) with its ledger on the right. */
export function ZonesPage() {
  const { t } = useT();
  const me = useCurrentUser();
  const zones = useZones();
  const { getNumber, update } = useQueryParams();
  const zoneParam = getNumber('zone');
  const platformParam = getNumber('platform');
  const [drawer, setDrawer] = useState<'edit' | 'create' | null>(null);

  // No zone in the URL yet: start from the user's own zone (or the first FTZ for the province).
  const fallbackId = me.scopeZone?.id ?? zones.data?.find((zone) => zone.type === 'ftz')?.id ?? zones.data?.[0]?.id;
  useEffect(() => {
    if (zoneParam === undefined && fallbackId !== undefined) update({ zone: fallbackId }, { replace: true });
  }, [zoneParam, fallbackId, update]);

  return (
    <div className="yz-section-stack">
      <h1 className="yz-page-title">{t('console.menu.zones')}</h1>
      <QueryState query={zones}>
        {(items) => {
          const selected = items.find((zone) => zone.id === zoneParam);
          const parent = selected?.parentId ? items.find((zone) => zone.id === selected.parentId) : undefined;
          return (
            <Row gutter={[16, 16]} align="top">
              <Col xs={24} lg={6} xxl={5}>
                <ZoneTreePanel
                  zones={items}
                  selectedId={selected?.id}
                  onSelect={(id) => update({ zone: id, platform: null })}
                />
              </Col>
              <Col xs={24} lg={18} xxl={19}>
                {selected ? (
                  <div className="yz-section-stack">
                    <ZoneDetailCard
                      zone={selected}
                      parentId={parent?.id}
                      onEdit={() => setDrawer('edit')}
                      onCreateChild={() => setDrawer('create')}
                    />
                    <ZoneLedgerCard zone={selected} onOpenPlatform={(id) => update({ platform: id })} />
                    {drawer && <ZoneFormDrawer zone={selected} mode={drawer} onClose={() => setDrawer(null)} />}
                  </div>
                ) : (
                  <EmptyState description={t('zones.selectHint')} />
                )}
              </Col>
            </Row>
          );
        }}
      </QueryState>
      <PlatformDetailDrawer platformId={platformParam} onClose={() => update({ platform: null })} />
    </div>
  );
}
