import { Table, Tag } from 'antd';
import { periodLabel } from '@shared/follow-up.enums';
import type { ReactNode } from 'react';
import type { KpiReport } from '../../api/types';
import { useT } from '../../i18n/use-t';
import { testIdProps } from '../../lib/test-id';
import { useFormat } from '../../lib/use-format';

/** Reports, oldest quarter first; a corrected one shows what it replaced. */
export function ReportsTable({ reports, actions }: { reports: KpiReport[]; actions?: (report: KpiReport) => ReactNode }) {
  const { t, lang } = useT();
  const format = useFormat();
  return (
    <Table<KpiReport>
      rowKey="id"
      size="small"
      dataSource={reports}
      pagination={false}
      scroll={{ x: 'max-content' }}
      caption={t('followUp.trend')}
      onRow={(row) => testIdProps(`kpi-report-${row.period}`)}
      columns={[
        { title: t('followUp.period'), key: 'period', render: (_, r) => <>{periodLabel(r.period, lang)} {r.isSample && <Tag color="orange">{t('followUp.sample')}</Tag>} {r.onBehalf && <Tag>{t('followUp.onBehalf')}</Tag>}</> },
        { title: t('followUp.jobs'), dataIndex: 'jobs', align: 'right', render: (n: number) => format.number(n) },
        { title: t('followUp.revenue'), dataIndex: 'revenueWan', align: 'right', render: (n: string) => format.number(n) },
        { title: t('followUp.financing'), dataIndex: 'financingWan', align: 'right', render: (n: string) => format.number(n) },
        {
          title: t('myFollowUp.narrative'),
          key: 'narrative',
          render: (_, r) => (
            <>
              {r.narrative ?? ''}
              {r.history.map((h) => (
                <div key={h.revision} className="yz-muted">
                  {t('followUp.history', { values: `${t('followUp.revision', { n: h.revision })} ${format.number(h.jobs)} / ${format.number(h.revenueWan)} / ${format.number(h.financingWan)}` })}
                </div>
              ))}
            </>
          ),
        },
        ...(actions ? [{ title: '', key: 'actions', render: (_: unknown, r: KpiReport) => actions(r) }] : []),
      ]}
    />
  );
}
