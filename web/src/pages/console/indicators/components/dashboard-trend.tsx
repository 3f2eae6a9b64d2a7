/** The console's 趋势: one zone's series of the page's indicator, the zone chosen among those with values. */
import { Select } from 'antd';
import { useState } from 'react';
import type { IndicatorValue } from '../../../../api/types';
import { TrendPanel } from '../../../../components/trend-panel';
import { useT } from '../../../../i18n/use-t';
import { useZoneNames } from '../../../../lib/zone-names';

type Indicator = { code: string; nameZh: string; nameEn: string; cumulative: boolean };

export function DashboardTrend({ indicator, items }: { indicator: Indicator; items: readonly IndicatorValue[] }) {
  const { t } = useT();
  const zoneNames = useZoneNames();
  const zones = [...new Map(items.map((item) => [item.zoneId, item.zoneName])).entries()];
  const [chosen, setChosen] = useState<number | undefined>();
  const zoneId = chosen !== undefined && zones.some(([id]) => id === chosen) ? chosen : zones[0]?.[0];
  if (zoneId === undefined) return null;
  return (
    <TrendPanel
      audience="staff"
      testId="console-trend"
      indicator={indicator}
      zoneId={zoneId}
      controls={
        <>
          <span>{t('dashboard.trendZone')}</span>
          <Select
            aria-label={t('dashboard.trendZone')}
            style={{ minWidth: 240 }}
            value={zoneId}
            onChange={setChosen}
            showSearch={{ optionFilterProp: 'label' }}
            options={zones.map(([id, name]) => ({ value: id, label: zoneNames.full(id, name) }))}
            data-testid="console-trend-zone"
          />
        </>
      }
    />
  );
}
