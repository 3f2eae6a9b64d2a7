import { Form, Input } from 'antd';
import type { TableColumnsType as ColumnsType } from 'antd';
import { useState } from 'react';
import { invalidateIndicatorData, useIndicators } from '../../../api/indicators';
import type { ImportRow } from '../../../api/types';
import { useT } from '../../../i18n/use-t';
import { ImportPage } from './import-page';
import { cellText } from './preview-rows';

type RowValue = { indicator?: unknown; period?: unknown; value?: unknown; unit?: unknown; qualifier?: unknown };

/**
 * 导入 Excel for indicator tables as statistics offices publish them: the engine's page, the
 * table's source asked once for the whole file (every value carries it), the zone and its values
 * per row.
 */
export function IndicatorImportPage() {
  const { t } = useT();
  const [source, setSource] = useState('');
  const indicators = useIndicators();
  const nameOf = (code: unknown) => indicators.data?.find((item) => item.code === code)?.nameZh ?? cellText(code);
  const columns: ColumnsType<ImportRow> = [
    { key: 'zone', title: t('indicators.zone'), width: 180, render: (_, row) => cellText(row.data.zoneName ?? row.data.zone) },
    {
      key: 'values',
      title: t('indicators.value'),
      render: (_, row) => {
        const values = Array.isArray(row.data.values) ? (row.data.values as RowValue[]) : [];
        return values.map((value, index) => (
          <div key={index}>
            {nameOf(value.indicator)} {cellText(value.period)}：{cellText(value.value)}
          </div>
        ));
      },
    },
  ];
  const trimmed = source.trim();
  return (
    <ImportPage
      kind="indicators"
      title={t('indicators.import')}
      parent={{ to: '/console/indicators', label: t('console.menu.indicators') }}
      dataColumns={columns}
      doneTo="/console/indicators"
      invalidate={invalidateIndicatorData}
      extra={{
        ready: trimmed.length > 0,
        query: trimmed ? { source: trimmed } : {},
        fields: (
          <Form layout="vertical" className="yz-mb">
            <Form.Item label={t('indicators.importSource')} extra={t('indicators.importSourceHint')} required htmlFor="indicator-import-source">
              <Input id="indicator-import-source" value={source} maxLength={1000} onChange={(event) => setSource(event.target.value)} data-testid="indicator-import-source" />
            </Form.Item>
          </Form>
        ),
      }}
    />
  );
}
