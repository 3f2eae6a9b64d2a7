import { Table } from 'antd';
import type { Effect } from '../api/types';
import { useFormat } from '../lib/use-format';
import { useT } from '../i18n/use-t';
import { EmptyState } from './page-state';

/** Quantified effects: the figure with its unit and period (as the article states them), and the words. */
export function EffectsTable({ effects }: { effects: Effect[] }) {
  const { t } = useT();
  const format = useFormat();
  if (effects.length === 0) return <EmptyState description={t('innovation.effectsEmpty')} />;
  return (
    <Table<Effect & { key: number }>
      size="small"
      pagination={false}
      rowKey="key"
      dataSource={effects.map((effect, key) => ({ ...effect, key }))}
      scroll={{ x: 'max-content' }}
      columns={[
        { key: 'label', title: t('innovation.effectLabel'), dataIndex: 'label', width: 180 },
        {
          key: 'value',
          title: t('innovation.effectValue'),
          align: 'right',
          width: 140,
          render: (_, e) =>
            e.value === null ? (
              '—'
            ) : (
              <span className="yz-figure">
                {format.number(e.value)}
                {e.unit ? <span className="yz-figure__unit">{e.unit}</span> : null}
              </span>
            ),
        },
        { key: 'period', title: t('innovation.effectPeriod'), width: 140, render: (_, e) => e.period ?? '—' },
        { key: 'text', title: t('innovation.effectText'), render: (_, e) => (e.text ? <span className="yz-prose">{e.text}</span> : '—') },
      ]}
    />
  );
}
