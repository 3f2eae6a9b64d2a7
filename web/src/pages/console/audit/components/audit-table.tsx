import { Table, type TableProps, Typography } from 'antd';
import { ROLES, ROLE_LABELS } from '@shared/enums';
import type { AuditEntry } from '../../../../api/types';
import { useFormat } from '../../../../lib/use-format';
import { useT } from '../../../../i18n/use-t';
import { fieldChanges, fieldLabel, fieldValue, type FieldChange } from './audit-fields';
import { entityTypeLabel, eventTypeLabel } from './audit-labels';
import { ListTable } from '../../../../components/list-table';

/** The change as a table of labelled fields, before → after; values are text, never markup. */
function AuditChanges({ entry }: { entry: AuditEntry }) {
  const { t, lang } = useT();
  const changes = fieldChanges(entry.before, entry.after);
  return (
    <div className="yz-audit-changes">
      {changes.length === 0 ? (
        <p className="yz-muted">{t('audit.noFieldChanges')}</p>
      ) : (
        <Table<FieldChange>
          rowKey="field"
          size="small"
          pagination={false}
          dataSource={changes}
          columns={[
            { key: 'field', title: t('audit.field'), width: 180, render: (_, c) => fieldLabel(c.field, lang) },
            ...(entry.before ? [{ key: 'before', title: t('audit.before'), render: (_: unknown, c: FieldChange) => <span className="yz-prose">{fieldValue(c.field, c.before, entry.entityType, lang)}</span> }] : []),
            { key: 'after', title: entry.before ? t('audit.after') : t('audit.value'), render: (_, c) => <span className="yz-prose">{fieldValue(c.field, c.after, entry.entityType, lang)}</span> },
          ]}
        />
      )}
      <p className="yz-muted yz-small">
        {t('common.labelled', { label: t('audit.hash') })}<code>{entry.hash}</code>
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
      <ListTable<AuditEntry>
        size="small"
        dataSource={entries}
        loading={loading}
        pagination={pagination}
        scroll={{ x: 1100 }}
        rowTestId={(entry) => `audit-row-${entry.id}`}
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
              <>
                <div className="yz-muted yz-small">{entityTypeLabel(e.entityType, lang)}</div>
                {e.entityName ?? (e.entityId ? t('audit.entityGone', { id: e.entityId }) : '—')}
              </>
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
