import { Table, Tag } from 'antd';
import { STAGE_KIND_LABELS, STAGE_STATUS_LABELS } from '@shared/evaluation.enums';
import { useMyEntryStages } from '../../../api/evaluation/stage-activities';
import type { MyEntryStage } from '../../../api/types';
import { QueryState } from '../../../components/page-state';
import { useT } from '../../../i18n/use-t';

/** An entry's activity attendance and due-diligence outcome, as the API gives them to its applicant: counts and conclusions, no notes. */
export function MyEntryStages({ entryId }: { entryId: number }) {
  const { t, label } = useT();
  const query = useMyEntryStages(entryId, true);
  return (
    <QueryState query={query}>
      {(data) => (
        <Table<MyEntryStage>
          rowKey="stageId"
          size="small"
          pagination={false}
          caption={t('myEntries.stagesTitle')}
          locale={{ emptyText: t('myEntries.stagesEmpty') }}
          dataSource={data.stages}
          data-testid={`my-entry-stages-${entryId}`}
          columns={[
            { title: t('myEntries.stagesTitle'), key: 'name', render: (_, row) => <>{row.name} <span className="yz-muted">{label(STAGE_KIND_LABELS[row.kind])}</span></> },
            { title: t('myEntries.status'), key: 'status', render: (_, row) => label(STAGE_STATUS_LABELS[row.status]) },
            {
              title: t('attendance.attended'), key: 'attendance',
              render: (_, row) =>
                row.attendance ? (
                  <span data-testid={`my-attendance-${row.stageId}`}>
                    {t('myEntries.attendanceValue', { present: row.attendance.present, sessions: row.attendance.sessions })}{' '}
                    <span className="yz-muted">{t('myEntries.attendanceDetail', { excused: row.attendance.excused, absent: row.attendance.absent })}</span>
                    {row.attendance.minAttendance !== null && <span className="yz-muted"> · {t('myEntries.minimum', { n: row.attendance.minAttendance })}</span>}
                  </span>
                ) : '—',
            },
            {
              title: t('attendance.outcome'), key: 'passed',
              render: (_, row) => (row.passed === null ? <span className="yz-muted">{t('myEntries.undecided')}</span> : <Tag color={row.passed ? 'green' : 'red'} data-testid={`my-outcome-${row.stageId}`}>{row.passed ? t('myEntries.passed') : t('myEntries.failed')}</Tag>),
            },
          ]}
        />
      )}
    </QueryState>
  );
}
