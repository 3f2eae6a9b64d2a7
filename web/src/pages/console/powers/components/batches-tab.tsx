import { Card, Table } from 'antd';
import { POWER_LEVEL_LABELS } from '@shared/powers.enums';
import type { ReactNode } from 'react';
import { usePowerBatches } from '../../../../api/powers';
import type { PowerBatch } from '../../../../api/types';
import { EmptyState, QueryState } from '../../../../components/page-state';
import { useT } from '../../../../i18n/use-t';
import { useFormat } from '../../../../lib/use-format';
import { SampleTag } from './power-tags';

/** 批次: each batch of delegations with its 文号 and its dates, oldest first (the order they built the catalogue). */
export function BatchesTab({ tools }: { tools?: ReactNode }) {
  const { t, label } = useT();
  const format = useFormat();
  const batches = usePowerBatches();
  return (
    <Card extra={tools}>
      <QueryState query={batches}>
        {(items) => (
          <Table<PowerBatch>
            rowKey="id"
            size="middle"
            pagination={false}
            dataSource={items}
            locale={{ emptyText: <EmptyState description={t('powers.batches.empty')} /> }}
            onRow={(row) => ({ 'data-testid': `batch-row-${row.id}` }) as React.HTMLAttributes<HTMLElement>}
            expandable={{ rowExpandable: (row) => !!row.internalNote, expandedRowRender: (row) => <p className="yz-prose yz-small">{t('powers.internalNote')}：{row.internalNote}</p> }}
            columns={[
              { title: t('powers.batchTitle'), key: 'title', render: (_, row) => <>{row.title}<SampleTag show={row.isSample} /></> },
              { title: t('powers.batches.level'), key: 'level', width: 100, render: (_, row) => label(POWER_LEVEL_LABELS[row.level]) },
              { title: t('powers.document'), key: 'document', render: (_, row) => row.document ?? '—' },
              { title: t('powers.publishedOn'), key: 'published', width: 150, render: (_, row) => format.date(row.publishedOn, row.publishedPrecision) },
              { title: t('powers.effectiveOn'), key: 'effective', width: 150, render: (_, row) => format.date(row.effectiveOn, row.effectivePrecision) },
            ]}
          />
        )}
      </QueryState>
    </Card>
  );
}
