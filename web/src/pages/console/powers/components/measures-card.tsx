import { Button, Card, Form, Input, Space } from 'antd';
import { useState } from 'react';
import { useUpdateMeasures } from '../../../../api/powers';
import type { Delegation } from '../../../../api/types';
import { FormErrorAlert, useSubmitHandlers } from '../../../../components/form-dialog';
import { useT } from '../../../../i18n/use-t';

/** The staff who may write the zone's records (the receiving zone's and the province office), while the power is not withdrawn. */
function mayEditMeasures(delegation: Delegation): boolean {
  const a = delegation.abilities;
  return delegation.status !== 'revoked' && (a.change || a.recordCases || a.take_up || a.begin_operation);
}

/** 事中事后监管措施: what the receiving zone does to supervise the power once it is its own. */
export function MeasuresCard({ delegation }: { delegation: Delegation }) {
  const { t } = useT();
  const [editing, setEditing] = useState(false);
  const [form] = Form.useForm<{ supervisionMeasures?: string }>();
  const save = useUpdateMeasures(delegation.id);
  const { unmatched, reset, callbacks } = useSubmitHandlers(form, () => setEditing(false), t('powers.measuresSaved'));
  const extra = mayEditMeasures(delegation) && !editing && (
    <Button size="small" onClick={() => setEditing(true)} data-testid="power-measures-edit">{t('powers.editMeasures')}</Button>
  );
  return (
    <Card title={t('powers.measures')} extra={extra} data-testid="power-measures">
      {editing ? (
        <Form form={form} layout="vertical" name="power-measures" initialValues={{ supervisionMeasures: delegation.supervisionMeasures ?? '' }}
          onFinish={(values) => { reset(); save.mutate({ supervisionMeasures: values.supervisionMeasures?.trim() || null }, callbacks); }}>
          <FormErrorAlert error={save.error} unmatched={unmatched} />
          <Form.Item name="supervisionMeasures" label={t('powers.measures')}>
            <Input.TextArea rows={5} />
          </Form.Item>
          <Space>
            <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="power-measures-save">{t('common.save')}</Button>
            <Button onClick={() => setEditing(false)}>{t('common.cancel')}</Button>
          </Space>
        </Form>
      ) : delegation.supervisionMeasures ? (
        <p className="yz-prose">{delegation.supervisionMeasures}</p>
      ) : (
        <span className="yz-muted">{t('powers.measuresEmpty')}</span>
      )}
    </Card>
  );
}
