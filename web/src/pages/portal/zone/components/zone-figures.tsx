/**
 * 区域指标: a zone's published figures as a trend chart of one chosen indicator (the periods' own
 * values beside 累计值 where the source reports cumulatively), its data as a table, 导出图片 and
 * 导出 Excel. Published values only; nothing shown when the zone has none.
 */
import { Card, Select } from 'antd';
import { useState } from 'react';
import { usePublicZoneIndicators } from '../../../../api/indicator-dashboards';
import { TrendPanel } from '../../../../components/trend-panel';
import { useT } from '../../../../i18n/use-t';

export function ZoneFigures({ zoneId }: { zoneId: number }) {
  const { t, lang } = useT();
  const zoneIndicators = usePublicZoneIndicators(zoneId);
  const list = zoneIndicators.data ?? [];
  const [chosen, setChosen] = useState<string | undefined>();
  const code = chosen ?? list[0]?.indicator.code;
  const indicator = list.find((item) => item.indicator.code === code)?.indicator;
  if (list.length === 0) return null;
  return (
    <section aria-labelledby="zone-figures-title">
      <h2 id="zone-figures-title" className="yz-section-title">{t('dashboard.zoneFigures')}</h2>
      <Card>
        <TrendPanel
          audience="public"
          testId="zone-trend"
          indicator={indicator}
          zoneId={zoneId}
          controls={
            <Select
              aria-label={t('indicators.pick')}
              style={{ minWidth: 240 }}
              value={code}
              onChange={setChosen}
              options={list.map((item) => ({ value: item.indicator.code, label: lang === 'zh' ? item.indicator.nameZh : item.indicator.nameEn }))}
              data-testid="zone-trend-indicator"
            />
          }
        />
      </Card>
    </section>
  );
}
