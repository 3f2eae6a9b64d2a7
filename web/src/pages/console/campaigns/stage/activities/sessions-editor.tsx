import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, DatePicker, Form, Input, InputNumber, Popconfirm, Space, Table } from 'antd';
import type { Dayjs } from 'dayjs';
import { useAddSession, useDeleteSession, useSetAttendanceRule } from '../../../../../api/evaluation/stage-activities';
import type { AttendanceSession, StageAttendance } from '../../../../../api/types';
import { useT } from '../../../../../i18n/use-t';
import { applyFieldErrors, errorMessage } from '../../../../../lib/form-errors';
import { testIdProps } from '../../../../../lib/test-id';

/** The stage's sessions (added and removed while its setup is open) and its optional minimum attendance. */
export function SessionsEditor({ stageId, data }: { stageId: number; data: StageAttendance }) {
  const { t } = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ heldOn: Dayjs; title: string; place?: string }>();
  const add = useAddSession(stageId);
  const remove = useDeleteSession(stageId);
  const rule = useSetAttendanceRule(stageId);
  const [ruleForm] = Form.useForm<{ minAttendance: number | null }>();
  const editable = data.abilities.setup;
  const failed = (error: unknown) => void message.error(errorMessage(error));
  return (
    <div className="yz-section-stack">
      {data.sessions.length === 0 ? <p className="yz-muted">{t('attendance.noSessions')}</p> : (
      <Table<AttendanceSession>
        rowKey="id"
        size="small"
        caption={t('attendance.sessions')}
        pagination={false}
        dataSource={data.sessions}
        onRow={(row) => testIdProps(`session-${row.id}`)}
        columns={[
          { title: t('attendance.heldOn'), dataIndex: 'heldOn' },
          { title: t('attendance.sessionTitle'), dataIndex: 'title' },
          { title: t('attendance.place'), dataIndex: 'place', render: (place: string | null) => place ?? '—' },
          { title: t('attendance.attended'), key: 'present', render: (_, row) => t('attendance.presentCount', { n: row.present }) },
          ...(editable
            ? [{
                title: '', key: 'delete',
                render: (_: unknown, row: AttendanceSession) => (
                  <Popconfirm title={t('attendance.deleteConfirm')} okText={t('attendance.deleteSession')} cancelText={t('common.cancel')} onConfirm={() => remove.mutate(row.id, { onError: failed })}>
                    <Button size="small" icon={<DeleteOutlined aria-hidden="true" />} aria-label={t('attendance.deleteSession')} />
                  </Popconfirm>
                ),
              }]
            : []),
        ]}
      />
      )}
      {editable && (
        <Form form={form} layout="inline" data-testid="session-form"
          onFinish={(values) => add.mutate({ heldOn: values.heldOn.format('YYYY-MM-DD'), title: values.title, place: values.place?.trim() || null }, { onSuccess: () => form.resetFields(), onError: (error) => { applyFieldErrors(form, error); failed(error); } })}>
          <Form.Item name="heldOn" rules={[{ required: true, message: t('attendance.heldOn') }]}><DatePicker aria-label={t('attendance.heldOn')} placeholder={t('attendance.heldOn')} data-testid="session-date" /></Form.Item>
          <Form.Item name="title" rules={[{ required: true, whitespace: true, message: t('attendance.sessionTitle') }]}><Input aria-label={t('attendance.sessionTitle')} placeholder={t('attendance.sessionTitle')} maxLength={100} data-testid="session-title" /></Form.Item>
          <Form.Item name="place"><Input aria-label={t('attendance.place')} placeholder={t('attendance.place')} maxLength={100} /></Form.Item>
          <Button htmlType="submit" icon={<PlusOutlined aria-hidden="true" />} loading={add.isPending} data-testid="session-add">{t('attendance.addSession')}</Button>
        </Form>
      )}
      <Form form={ruleForm} layout="inline" initialValues={{ minAttendance: data.minAttendance }} disabled={!editable}
        onFinish={(values) => rule.mutate({ minAttendance: values.minAttendance ?? null }, { onError: failed })}>
        <Form.Item name="minAttendance" label={t('attendance.minAttendance')}>
          <InputNumber min={1} max={1000} precision={0} placeholder={t('attendance.noMinimum')} style={{ width: 180 }} data-testid="attendance-minimum" />
        </Form.Item>
        {editable && <Space><Button htmlType="submit" loading={rule.isPending} data-testid="attendance-rule-save">{t('attendance.saveRule')}</Button></Space>}
      </Form>
    </div>
  );
}
