import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, Select, Space } from 'antd';
import { PROVIDER_KINDS, PROVIDER_KIND_LABELS, type ProviderKind } from '@shared/follow-up.enums';
import { LIMITS } from '@shared/limits';
import { useCreateAgreement } from '../../../../api/follow-up';
import type { AgreementBody, FollowUpWinner } from '../../../../api/types';
import { FormDialog, useSubmitHandlers } from '../../../../components/form-dialog';
import { useT } from '../../../../i18n/use-t';

type Values = { provider?: string; providerKind?: ProviderKind; content?: string; amountWan?: string; signedOn?: string; milestones?: { title?: string; dueOn?: string; note?: string }[] };

function toBody(values: Values): AgreementBody {
  const amount = (values.amountWan ?? '').trim();
  return {
    provider: (values.provider ?? '').trim(),
    providerKind: values.providerKind ?? 'other',
    content: (values.content ?? '').trim(),
    amountWan: amount === '' ? null : amount,
    signedOn: (values.signedOn ?? '').trim(),
    milestones: (values.milestones ?? []).map((m) => ({ title: (m.title ?? '').trim(), dueOn: (m.dueOn ?? '').trim(), note: m.note?.trim() || null })),
  };
}

/** 记录跟踪服务协议: the provider, its kind, what it provides, the sum (万元, optional), the signing date and the milestones. */
export function AgreementDialog({ winner, onClose }: { winner: FollowUpWinner; onClose: () => void }) {
  const { t, label } = useT();
  const [form] = Form.useForm<Values>();
  const mutation = useCreateAgreement(winner.entryId);
  const submit = useSubmitHandlers(form, onClose, t('followUp.saved'));
  const required = (field: string) => [{ required: true, whitespace: true, message: t('common.fieldRequired', { field }) }];
  return (
    <FormDialog title={`${t('followUp.agreementTitle')} · ${winner.title}`} form={form} mutation={mutation} unmatched={submit.unmatched} onClose={onClose} width={640}>
      <Form<Values>
        form={form}
        layout="vertical"
        name="agreement"
        initialValues={{ providerKind: 'bank_loan', milestones: [] }}
        onFinish={(values) => {
          submit.reset();
          mutation.mutate(toBody(values), submit.callbacks);
        }}
      >
        <Form.Item label={t('followUp.provider')} name="provider" rules={required(t('followUp.provider'))}>
          <Input maxLength={LIMITS.nameMax} />
        </Form.Item>
        <Form.Item label={t('followUp.providerKind')} name="providerKind" rules={[{ required: true }]}>
          <Select options={PROVIDER_KINDS.map((kind) => ({ value: kind, label: label(PROVIDER_KIND_LABELS[kind]) }))} />
        </Form.Item>
        <Form.Item label={t('followUp.content')} name="content" rules={required(t('followUp.content'))}>
          <Input.TextArea rows={2} maxLength={LIMITS.commentMax} />
        </Form.Item>
        <Space wrap>
          <Form.Item label={t('followUp.amount')} name="amountWan" extra={t('followUp.amountHint')}>
            <Input inputMode="decimal" style={{ width: 180 }} />
          </Form.Item>
          <Form.Item label={t('followUp.signedOn')} name="signedOn" rules={required(t('followUp.signedOn'))}>
            <Input placeholder="YYYY-MM-DD" style={{ width: 180 }} />
          </Form.Item>
        </Space>
        <Form.List name="milestones">
          {(fields, { add, remove }) => (
            <fieldset className="yz-fieldset">
              <legend>{t('followUp.milestones')}</legend>
              {fields.map((field, index) => (
                <Space key={field.key} align="baseline" wrap>
                  <Form.Item name={[field.name, 'title']} label={t('followUp.milestoneTitle')} rules={required(t('followUp.milestoneTitle'))}>
                    <Input maxLength={LIMITS.nameMax} aria-label={`${t('followUp.milestoneTitle')} ${index + 1}`} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'dueOn']} label={t('followUp.milestoneDue')} rules={required(t('followUp.milestoneDue'))}>
                    <Input placeholder="YYYY-MM-DD" style={{ width: 140 }} aria-label={`${t('followUp.milestoneDue')} ${index + 1}`} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'note']} label={t('followUp.milestoneNote')}>
                    <Input maxLength={LIMITS.commentMax} aria-label={`${t('followUp.milestoneNote')} ${index + 1}`} />
                  </Form.Item>
                  <Button type="text" danger icon={<DeleteOutlined aria-hidden="true" />} aria-label={t('evaluation.delete')} onClick={() => remove(field.name)} />
                </Space>
              ))}
              <Button type="dashed" icon={<PlusOutlined aria-hidden="true" />} onClick={() => add({})} data-testid="agreement-milestone-add">
                {t('followUp.milestoneAdd')}
              </Button>
            </fieldset>
          )}
        </Form.List>
      </Form>
    </FormDialog>
  );
}
