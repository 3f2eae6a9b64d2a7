import { PlusOutlined } from '@ant-design/icons';
import { Button, Card } from 'antd';
import { useState } from 'react';
import type { Zone } from '../../../../api/types';
import { useZonePlatforms } from '../../../../api/zones';
import { QueryState } from '../../../../components/page-state';
import { PlatformCreateDialog } from '../../../../components/platform-form-dialog';
import { PlatformTable } from '../../../../components/platform-table';
import { useT } from '../../../../i18n/use-t';

export function ZoneLedgerCard({ zone, onOpenPlatform }: { zone: Zone; onOpenPlatform: (id: number) => void }) {
  const { t } = useT();
  const platforms = useZonePlatforms(zone.id);
  const [creating, setCreating] = useState(false);
  return (
    <Card
      title={<h2 className="yz-card-title">{t('platform.ledger')}</h2>}
      extra={
        zone.abilities.createPlatform && (
          <Button type="primary" icon={<PlusOutlined aria-hidden="true" />} onClick={() => setCreating(true)}>
            {t('zones.createPlatform')}
          </Button>
        )
      }
    >
      <QueryState query={platforms}>
        {(items) => (
          <PlatformTable
            platforms={items}
            onOpen={onOpenPlatform}
            showZone={items.some((p) => p.zoneId !== zone.id)}
            pagination={items.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
          />
        )}
      </QueryState>
      {creating && <PlatformCreateDialog zoneId={zone.id} zoneName={zone.name} onClose={() => setCreating(false)} />}
    </Card>
  );
}
