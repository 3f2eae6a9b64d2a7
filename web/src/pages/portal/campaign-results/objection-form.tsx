import { Alert, Button, Card, Form, Input, Select } from 'antd';
import { LIMITS } from '@shared/limits';
import { useState } from 'react';
import { useFileObjection } from '../../../api/evaluation/results';
import type { FileObjectionBody, PublicResultsStage } from '../../../api/types';
import { FormErrorAlert, useSubmitHandlers } from '../../../components/form-dialog';
import { resultEntryLabel } from '../../../components/result-entry';
import { useT } from '../../../i18n/use-t';

/** 提出异议 during a 公示: which entry, who objects and how to reach them, and why. Anyone may file; the organiser answers. */
export function ObjectionForm({ stage }: { stage: PublicResultsStage }) {
  const { t } = useT();
  const [form] = Form.useForm<FileObjectionBody>();
  const file = useFileObjection(stage.stageId);
  const [filed, setFiled] = useState(false);
  const { unmatched, reset, callbacks } = useSubmitHandlers(form, () => {
    form.resetFields();
    setFiled(true);
  }, t('publicResults.objectFiled'));
  const required = (field: string) => ({ required: true, whitespace: true, message: t('common.fieldRequired', { field }) });
  const prefix = `objection-${stage.stageId}`;
  return (
    <Card className="yz-no-print" title={<h3 className="yz-card-title">{t('publicResults.objectAction')}</h3>} data-testid={`${prefix}-card`}>
      <p className="yz-muted">{t('publicResults.objectLead')}</p>
      {filed && <Alert type="success" showIcon className="yz-mb" role="status" title={t('publicResults.objectFiled')} data-testid={`${prefix}-filed`} />}
      <FormErrorAlert error={file.error} unmatched={unmatched} />
      <Form<FileObjectionBody>
        form={form}
        layout="vertical"
        onFinish={(values) => {
          reset();
          setFiled(false);
          file.mutate({ entryId: values.entryId, name: values.name.trim(), contact: values.contact.trim(), text: values.text.trim() }, callbacks);
        }}
        data-testid={`${prefix}-form`}
      >
        <Form.Item name="entryId" label={t('publicResults.objectEntry')} rules={[{ required: true, message: t('common.fieldRequired', { field: t('publicResults.objectEntry') }) }]}>
          <Select options={stage.entries.map((entry) => ({ value: entry.entryId, label: `${entry.rank}. ${resultEntryLabel(entry)}` }))} data-testid={`${prefix}-entry`} />
        </Form.Item>
        <Form.Item name="name" label={t('publicResults.objectName')} rules={[required(t('publicResults.objectName'))]}>
          <Input maxLength={LIMITS.nameMax} autoComplete="name" data-testid={`${prefix}-name`} />
        </Form.Item>
        <Form.Item name="contact" label={t('publicResults.objectContact')} rules={[required(t('publicResults.objectContact'))]}>
          <Input maxLength={LIMITS.nameMax} data-testid={`${prefix}-contact`} />
        </Form.Item>
        <Form.Item name="text" label={t('publicResults.objectText')} rules={[required(t('publicResults.objectText'))]}>
          <Input.TextArea rows={4} maxLength={LIMITS.commentMax} showCount data-testid={`${prefix}-text`} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={file.isPending} data-testid={`${prefix}-submit`}>
          {t('publicResults.objectAction')}
        </Button>
      </Form>
    </Card>
  );
}
