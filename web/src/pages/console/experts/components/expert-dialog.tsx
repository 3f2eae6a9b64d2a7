import { Form, Input, Switch } from 'antd';
import { LIMITS } from '@shared/limits';
import { FormDialog, useSubmitHandlers } from '../../../../components/form-dialog';
import { useSaveExpert } from '../../../../api/campaigns';
import type { Expert, ExpertCreateBody } from '../../../../api/types';
import { ZoneTreeSelect } from '../../../../components/zone-tree-select';
import { JudgeAccountSelect } from './judge-account-select';
import { useT } from '../../../../i18n/use-t';

type Values = { name?: string; field?: string; zoneId?: number; organisation?: string; contact?: string; userId?: number | null; isActive?: boolean };

const text = (value: string | undefined) => value?.trim() || null;

function toBody(values: Values): ExpertCreateBody {
  return { name: (values.name ?? '').trim(), field: (values.field ?? '').trim(), zoneId: values.zoneId ?? null, organisation: text(values.organisation), contact: text(values.contact), userId: values.userId ?? null };
}

/** 新增/编辑专家: the zone and organisation matter, they are what conflicts of interest are found by. */
export function ExpertDialog({ expert, onClose }: { expert?: Expert; onClose: () => void }) {
  const { t } = useT();
  const [form] = Form.useForm<Values>();
  const mutation = useSaveExpert(expert?.id);
  const submit = useSubmitHandlers(form, onClose, t('evaluation.saved'));
  const required = (field: string) => [{ required: true, whitespace: true, message: t('common.fieldRequired', { field }) }];
  return (
    <FormDialog title={expert ? t('expert.edit') : t('expert.add')} form={form} mutation={mutation} unmatched={submit.unmatched} onClose={onClose}>
      <Form<Values>
        form={form}
        layout="vertical"
        name="expert"
        initialValues={{ name: expert?.name, field: expert?.field, zoneId: expert?.zoneId ?? undefined, organisation: expert?.organisation ?? undefined, contact: expert?.contact ?? undefined, userId: expert?.judgeAccount?.id ?? null, isActive: expert?.isActive ?? true }}
        onFinish={(values) => {
          submit.reset();
          const body = expert ? { ...toBody(values), isActive: values.isActive ?? true } : toBody(values);
          mutation.mutate(body, submit.callbacks);
        }}
      >
        <Form.Item label={t('expert.name')} name="name" rules={required(t('expert.name'))}>
          <Input maxLength={60} />
        </Form.Item>
        <Form.Item label={t('expert.field')} name="field" rules={required(t('expert.field'))}>
          <Input maxLength={60} placeholder={t('expert.fieldHint')} />
        </Form.Item>
        <Form.Item label={t('expert.zone')} name="zoneId" extra={t('expert.zoneHint')}>
          <ZoneTreeSelect id="expert-zone" placeholder={t('expert.zoneNone')} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item label={t('expert.organisation')} name="organisation">
          <Input maxLength={LIMITS.nameMax} />
        </Form.Item>
        <Form.Item label={t('expert.contact')} name="contact" extra={t('expert.contactHint')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item label={t('expert.account')} name="userId" extra={t('expert.accountHint')}>
          <JudgeAccountSelect current={expert?.judgeAccount ?? null} />
        </Form.Item>
        {expert && (
          <Form.Item label={t('expert.active')} name="isActive" valuePropName="checked">
            <Switch />
          </Form.Item>
        )}
      </Form>
    </FormDialog>
  );
}
