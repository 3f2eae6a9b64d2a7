import { Card, Table } from 'antd';
import { DELEGATION_CHANGE_ACTION_LABELS, DELEGATION_STATUS_LABELS, DELEGATION_TRANSITION_LABELS, DELEGATION_TYPE_LABELS, DELEGATION_STATUSES, DELEGATION_TRANSITIONS } from '@shared/powers.enums';
import type { DelegationChange, DelegationEvent, PowerBatch } from '../../../../api/types';
import { EmptyState } from '../../../../components/page-state';
import { useT } from '../../../../i18n/use-t';
import { pickEnum } from '../../../../lib/use-query-params';
import { useFormat } from '../../../../lib/use-format';
import { useDays } from './power-tags';

/** 批次调整记录: each batch's change to the delegation (added, changed, withdrawn) with the terms it set from its day on. */
export function ChangesCard({ changes, batches }: { changes: DelegationChange[]; batches: PowerBatch[] | undefined }) {
  const { t, label } = useT();
  const format = useFormat();
  const days = useDays();
  const batchTitle = (id: number | null) => (id === null ? '—' : (batches?.find((b) => b.id === id)?.title ?? '—'));
  return (
    <Card title={t('powers.history')}>
      <Table<DelegationChange>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={changes}
        data-testid="power-changes"
        locale={{ emptyText: <EmptyState description={t('powers.historyEmpty')} /> }}
        columns={[
          { title: t('powers.effectiveOn'), key: 'effective', render: (_, c) => format.date(c.effectiveOn) },
          { title: t('powers.changeAction'), key: 'action', render: (_, c) => label(DELEGATION_CHANGE_ACTION_LABELS[c.action]) },
          { title: t('powers.batch'), key: 'batch', render: (_, c) => <>{batchTitle(c.batchId)}{c.document && <div className="yz-muted yz-small">{c.document}</div>}</> },
          { title: t('powers.delegationType'), key: 'type', render: (_, c) => label(DELEGATION_TYPE_LABELS[c.delegationType]) },
          { title: t('powers.receivingBody'), key: 'body', render: (_, c) => c.receivingBody ?? '—' },
          { title: t('powers.entrustmentRef'), key: 'ref', render: (_, c) => c.entrustmentRef ?? '—' },
          { title: t('powers.promisedLimit'), key: 'promised', render: (_, c) => days(c.promisedLimitDays) },
        ]}
      />
    </Card>
  );
}

/** 状态记录: the steps taken (承接, 投入运行, 收回) with their day, document and comment. */
export function EventsCard({ events }: { events: DelegationEvent[] }) {
  const { t, label } = useT();
  const format = useFormat();
  const statusLabel = (s: string) => {
    const status = pickEnum(s, DELEGATION_STATUSES);
    return status ? label(DELEGATION_STATUS_LABELS[status]) : '—';
  };
  const actionLabel = (a: string) => {
    const transition = pickEnum(a, DELEGATION_TRANSITIONS);
    return transition ? label(DELEGATION_TRANSITION_LABELS[transition]) : '—';
  };
  if (events.length === 0) return null;
  return (
    <Card title={t('powers.events')}>
      <Table<DelegationEvent>
        rowKey="at"
        size="small"
        pagination={false}
        dataSource={events}
        data-testid="power-events"
        columns={[
          { title: t('powers.occurredOn'), key: 'on', render: (_, e) => format.date(e.occurredOn) },
          { title: t('powers.step'), key: 'action', render: (_, e) => actionLabel(e.action) },
          { title: t('powers.status'), key: 'status', render: (_, e) => `${statusLabel(e.fromStatus)} → ${statusLabel(e.toStatus)}` },
          { title: t('powers.document'), key: 'doc', render: (_, e) => e.document ?? '—' },
          { title: t('powers.comment'), key: 'comment', render: (_, e) => e.comment ?? '—' },
          { title: t('powers.recordedAt'), key: 'at', render: (_, e) => format.dateTime(e.at) },
        ]}
      />
    </Card>
  );
}
