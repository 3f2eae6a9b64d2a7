import { Table, type TableProps, Typography } from 'antd';
import { ROLES, ROLE_LABELS } from '@shared/enums';
import type { AuditEntry } from '../../../../api/types';
import { EmptyState } from '../../../../components/page-state';
import { useFormat } from '../../../../i18n/use-format';
import { useT } from '../../../../i18n/use-t';
import { testIdProps } from '../../../../lib/test-id';
import { entityTypeLabel, eventTypeLabel } from './audit-labels';

function Json({ value }: { value: unknown }) {
  if (value === null || value === undefined) return <span className="yz-muted">—</span>;
  // Text in a <pre>: whatever the record holds (even HTML) is shown, never interpreted.
  return <pre className="yz-json">{JSON.stringify(value, null, 2)}</pre>;
}

function AuditChanges({ entry }: { entry: AuditEntry }) {
  const { t } = useT();
  return (
    <div className="yz-audit-changes">
      <section>
        <h4>{t('audit.before')}</h4>
        <Json value={entry.before} />
      </section>
      <section>
        <h4>{t('audit.after')}</h4>
        <Json value={entry.after} />
      </section>
      <p className="yz-muted yz-small">
        {t('audit.hash')}：<code>{entry.hash}</code>
      </p>
    </div>
  );
}

export function AuditTable({
  entries,
  loading,
  pagination,
}: {
  entries: AuditEntry[];
  loading: boolean;
  pagination: TableProps<AuditEntry>['pagination'];
}) {
  const { t, label, lang } = useT();
  const format = useFormat();
  const roleLabel = (role: string | null) => {
    const known = ROLES.find((r) => r === role);
    return known ? label(ROLE_LABELS[known]) : (role ?? '');
  };
  return (
    <div data-testid="audit-table">
      <Table<AuditEntry>
        rowKey="id"
        size="small"
        dataSource={entries}
        loading={loading}
        pagination={pagination}
        scroll={{ x: 1100 }}
        locale={{ emptyText: <EmptyState /> }}
        onRow={(entry) => testIdProps(`audit-row-${entry.id}`)}
        expandable={{
          expandedRowRender: (entry) => <AuditChanges entry={entry} />,
          columnTitle: <span className="yz-visually-hidden">{t('audit.expand')}</span>,
        }}
        columns={[
          { key: 'id', title: '#', dataIndex: 'id', width: 70 },
          { key: 'at', title: t('audit.at'), width: 170, render: (_, e) => format.dateTime(e.at) },
          {
            key: 'actor',
            title: t('audit.actor'),
            width: 200,
            render: (_, e) => (
              <>
                {e.actorName ?? '—'}
                {e.actorRole && <div className="yz-muted yz-small">{roleLabel(e.actorRole)}</div>}
              </>
            ),
          },
          { key: 'ip', title: t('audit.ip'), dataIndex: 'ip', width: 130, render: (ip: string | null) => ip ?? '—' },
          {
            key: 'entity',
            title: t('audit.entity'),
            width: 140,
            render: (_, e) => (
              <span title={e.entityType}>
                {entityTypeLabel(e.entityType, lang)}
                {e.entityId ? ` #${e.entityId}` : ''}
              </span>
            ),
          },
          {
            key: 'type',
            title: t('audit.type'),
            render: (_, e) => {
              const eventLabel = eventTypeLabel(e.type, lang);
              return (
                <>
                  {eventLabel}
                  {e.summary && e.summary !== eventLabel && <div>{e.summary}</div>}
                  <div className="yz-muted yz-small">
                    <code>{e.type}</code> · <code>{e.action}</code>
                  </div>
                </>
              );
            },
          },
          {
            key: 'hash',
            title: t('audit.hash'),
            width: 130,
            render: (_, e) => (
              <Typography.Text code title={e.hash}>
                {e.hash.slice(0, 10)}…
              </Typography.Text>
            ),
          },
        ]}
      />
    </div>
  );
}
