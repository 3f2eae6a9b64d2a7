import { App, Alert, Button, Card, Select, Table, Tag } from 'antd';
import { ATTENDANCE_STATUS_LABELS, ATTENDANCE_STATUSES, IN_RUNNING_STATUSES, type AttendanceStatus } from '@shared/stage-activities.enums';
import { isApiError } from '../../../../../api/api';
import { useRecordAttendance, useStageAttendance } from '../../../../../api/evaluation/stage-activities';
import type { AttendanceEntry, CampaignStage } from '../../../../../api/types';
import { QueryState } from '../../../../../components/page-state';
import { useT } from '../../../../../i18n/use-t';
import { errorMessage } from '../../../../../lib/form-errors';
import { testIdProps } from '../../../../../lib/test-id';
import { EntryTitle } from './entry-title';
import { SessionsEditor } from './sessions-editor';

/**
 * 活动出勤 of an activity stage (训练营, 党史学习教育): its sessions and minimum, and the entries ×
 * sessions grid (出席 / 缺席 / 请假), each session with 全部出席; per entry the sessions attended
 * and, once the stage has closed under a minimum, whether it met it. The organiser's alone.
 */
export function AttendanceCard({ stage }: { stage: CampaignStage }) {
  const { t, label } = useT();
  const { message } = App.useApp();
  const query = useStageAttendance(stage.id);
  const record = useRecordAttendance(stage.id);
  if (isApiError(query.error, 403)) return null;
  const failed = (error: unknown) => void message.error(errorMessage(error));
  return (
    <Card title={<h2 className="yz-card-title">{t('attendance.title')}</h2>} data-testid="stage-attendance">
      <QueryState query={query}>
        {(data) => (
          <div className="yz-section-stack">
            <p className="yz-muted">{t('attendance.lead')}</p>
            <SessionsEditor key={String(data.minAttendance)} stageId={stage.id} data={data} />
            {!data.abilities.record && <Alert type="info" showIcon message={t('activities.readOnly')} />}
            {data.entries.length === 0 ? <p className="yz-muted">{t('diligence.noEntries')}</p> : (
            <Table<AttendanceEntry>
              rowKey="entryId"
              size="small"
              caption={t('attendance.grid')}
              pagination={data.entries.length > 30 ? { pageSize: 30, showSizeChanger: false } : false}
              scroll={{ x: 'max-content' }}
              dataSource={data.entries}
              onRow={(row) => testIdProps(`attendance-entry-${row.entryId}`)}
              columns={[
                { title: t('activities.entry'), key: 'entry', fixed: 'left', render: (_, row) => <EntryTitle entry={row} /> },
                ...data.sessions.map((session) => ({
                  key: `session-${session.id}`,
                  title: (
                    <div>
                      <div>{session.heldOn} {session.title}</div>
                      {data.abilities.record && (
                        <Button size="small" loading={record.isPending} data-testid={`all-present-${session.id}`}
                          onClick={() => record.mutate({ sessionId: session.id, records: data.entries.filter((e) => (IN_RUNNING_STATUSES as readonly string[]).includes(e.status)).map((e) => ({ entryId: e.entryId, status: 'present' })) }, { onError: failed })}>
                          {t('attendance.allPresent')}
                        </Button>
                      )}
                    </div>
                  ),
                  render: (_: unknown, row: AttendanceEntry) => {
                    const current = row.records.find((r) => r.sessionId === session.id);
                    if (!data.abilities.record) return current ? label(ATTENDANCE_STATUS_LABELS[current.status]) : '—';
                    return (
                      <Select<AttendanceStatus> size="small" style={{ width: 96 }} value={current?.status} placeholder="—" aria-label={`${row.title} ${session.title}`}
                        data-testid={`attendance-${row.entryId}-${session.id}`}
                        options={ATTENDANCE_STATUSES.map((value) => ({ value, label: label(ATTENDANCE_STATUS_LABELS[value]) }))}
                        onChange={(status) => record.mutate({ sessionId: session.id, records: [{ entryId: row.entryId, status, note: current?.note ?? null }] }, { onError: failed })} />
                    );
                  },
                })),
                { title: t('attendance.attended'), key: 'attended', render: (_, row) => <span data-testid={`attended-${row.entryId}`}>{row.attended}/{data.sessions.length}</span> },
                {
                  title: t('attendance.outcome'), key: 'outcome',
                  render: (_, row) => (row.passed === null ? '—' : <Tag color={row.passed ? 'green' : 'red'}>{row.passed ? t('attendance.passed') : t('attendance.failed')}</Tag>),
                },
              ]}
            />
            )}
          </div>
        )}
      </QueryState>
    </Card>
  );
}
