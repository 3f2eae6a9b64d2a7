import { Alert, App, Form, Input, Modal, Switch } from 'antd';
import { LIMITS } from '@shared/limits';
import { useState } from 'react';
import { useSaveExpert } from '../../../../api/campaigns';
import type { Expert, ExpertCreateBody } from '../../../../api/types';
import { ZoneTreeSelect } from '../../../../components/zone-tree-select';
import { useT } from '../../../../i18n/use-t';
import { applyFieldErrors, errorMessage } from '../../../../lib/form-errors';

type Values = { name?: string; field?: string; zoneId?: number; organisation?: string; contact?: string; isActive?: boolean };

const text = (value: string | undefined) => value?.trim() || null;

function toBody(values: Values): ExpertCreateBody {
  return { name: (values.name ?? '').trim(), field: (values.field ?? '').trim(), zoneId: values.zoneId ?? null, organisation: text(values.organisation), contact: text(values.contact) };
}

/** 新增/编辑专家: the zone and organisation matter, they are what conflicts of interest are found by. */
export function ExpertDialog({ expert, onClose }: { expert?: Expert; onClose: () => void }) {
  const { t } = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const mutation = useSaveExpert(expert?.id);
  const [unmatched, setUnmatched] = useState<string[]>([]);
  const required = (field: string) => [{ required: true, whitespace: true, message: t('common.fieldRequired', { field }) }];
  return (
    <Modal
      open
      title={expert ? t('expert.edit') : t('expert.add')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={mutation.isPending}
      mask={{ closable: false }}
    >
      {mutation.error && (
        <Alert type="error" showIcon className="yz-mb" role="alert" title={errorMessage(mutation.error)} description={unmatched.length ? unmatched.join('；') : undefined} />
      )}
      <Form<Values>
        form={form}
        layout="vertical"
        name="expert"
        initialValues={{ name: expert?.name, field: expert?.field, zoneId: expert?.zoneId ?? undefined, organisation: expert?.organisation ?? undefined, contact: expert?.contact ?? undefined, isActive: expert?.isActive ?? true }}
        onFinish={(values) => {
          setUnmatched([]);
          const body = expert ? { ...toBody(values), isActive: values.isActive ?? true } : toBody(values);
          mutation.mutate(body, {
            onSuccess: () => {
              void message.success(t('evaluation.saved'));
              onClose();
            },
            onError: (error) => setUnmatched(applyFieldErrors(form, error)),
          });
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
        {expert && (
          <Form.Item label={t('expert.active')} name="isActive" valuePropName="checked">
            <Switch />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
