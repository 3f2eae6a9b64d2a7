import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, DatePicker, Form, InputNumber, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { useRecordCases } from '../../../../api/powers';
import { FormDialog, useSubmitHandlers } from '../../../../components/form-dialog';
import { useT } from '../../../../i18n/use-t';
import { isAfterToday } from '../../../../lib/partial-date';
import { useFormat } from '../../../../lib/use-format';

type Values = { month?: Dayjs | null; caseCount?: number | null; cases?: { receivedOn?: Dayjs | null; completedOn?: Dayjs | null }[] };

/**
 * 录入月度办件 (the receiving zone's staff): the month's case count and, where the office keeps
 * them, the completed cases' dates — the server counts their working days (holidays and adjusted
 * working days) and answers the new processing-time figures.
 */
export function CasesDialog({ delegationId, onClose }: { delegationId: number; onClose: () => void }) {
  const { t } = useT();
  const format = useFormat();
  const [form] = Form.useForm<Values>();
  const record = useRecordCases(delegationId);
  const month = Form.useWatch('month', form);
  const { unmatched, reset, callbacks } = useSubmitHandlers(form, onClose, t('powers.casesRecorded', { month: month ? format.date(month.format('YYYY-MM')) : '' }));
  const onFinish = (values: Values) => {
    reset();
    record.mutate(
      {
        month: values.month!.format('YYYY-MM'),
        caseCount: values.caseCount ?? 0,
        cases: (values.cases ?? []).map((c) => ({ receivedOn: c.receivedOn?.format('YYYY-MM-DD') ?? '', completedOn: c.completedOn?.format('YYYY-MM-DD') ?? '' })),
      },
      callbacks,
    );
  };
  return (
    <FormDialog title={t('powers.recordCases')} form={form} mutation={record} unmatched={unmatched} onClose={onClose} width={600}>
      <Form form={form} layout="vertical" name="power-cases" onFinish={onFinish}>
        <Form.Item name="month" label={t('powers.month')} rules={[{ required: true }]}>
          <DatePicker picker="month" disabledDate={(date) => isAfterToday(date, 'month')} data-testid="power-cases-month" />
        </Form.Item>
        <Form.Item name="caseCount" label={t('powers.caseCount')} rules={[{ required: true }]}>
          <InputNumber min={0} max={10_000_000} precision={0} data-testid="power-cases-count" />
        </Form.Item>
        <Form.Item label={t('powers.timedCasesList')}>
          <Form.List name="cases">
            {(fields, { add, remove }) => (
              <>
                {fields.map((field, index) => (
                  <Space key={field.key} align="baseline" wrap>
                    <Form.Item name={[field.name, 'receivedOn']} rules={[{ required: true, message: t('powers.receivedOn') }]}>
                      <DatePicker placeholder={t('powers.receivedOn')} aria-label={`${t('powers.receivedOn')} ${index + 1}`} data-testid={`power-case-received-${index}`} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'completedOn']} rules={[{ required: true, message: t('powers.completedOn') }]}>
                      <DatePicker placeholder={t('powers.completedOn')} aria-label={`${t('powers.completedOn')} ${index + 1}`} data-testid={`power-case-completed-${index}`} />
                    </Form.Item>
                    <Button type="text" icon={<MinusCircleOutlined aria-hidden="true" />} aria-label={t('powers.removeCase')} onClick={() => remove(field.name)} />
                  </Space>
                ))}
                <Button type="dashed" icon={<PlusOutlined aria-hidden="true" />} onClick={() => add({})} data-testid="power-case-add">
                  {t('powers.addCase')}
                </Button>
              </>
            )}
          </Form.List>
        </Form.Item>
      </Form>
    </FormDialog>
  );
}
