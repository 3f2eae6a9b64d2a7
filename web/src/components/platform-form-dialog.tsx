import { Alert, Form, Input, Modal, Select } from 'antd';
import { PLATFORM_TYPES, PLATFORM_TYPE_LABELS, type PlatformType } from '@shared/platforms.enums';
import { LIMITS } from '@shared/limits';
import { useUpdatePlatform } from '../api/platforms';
import type { Platform, PlatformCreateBody, PlatformUpdateBody } from '../api/types';
import { useCreatePlatform } from '../api/zones';
import { useT } from '../i18n/use-t';
import { FormErrorAlert, useSubmitHandlers } from './form-dialog';

type Values = { type?: PlatformType; name?: string; note?: string; source?: string };

function toBody(values: Values): PlatformCreateBody {
  return {
    type: values.type as PlatformType,
    name: (values.name ?? '').trim(),
    note: values.note?.trim() || undefined,
    source: values.source?.trim() || undefined,
  };
}

function PlatformFields() {
  const { t, label } = useT();
  const max = (field: string, n: number) => ({ max: n, message: t('common.maxLength', { field, max: n }) });
  return (
    <>
      <Form.Item label={t('platform.type')} name="type" rules={[{ required: true, message: t('common.selectRequired', { field: t('platform.type') }) }]}>
        <Select options={PLATFORM_TYPES.map((type) => ({ value: type, label: label(PLATFORM_TYPE_LABELS[type]) }))} />
      </Form.Item>
      <Form.Item
        label={t('platform.name')}
        name="name"
        rules={[{ required: true, whitespace: true, message: t('common.fieldRequired', { field: t('platform.name') }) }, max(t('platform.name'), LIMITS.nameMax)]}
      >
        <Input maxLength={LIMITS.nameMax} />
      </Form.Item>
      <Form.Item label={t('platform.note')} name="note" rules={[max(t('platform.note'), LIMITS.textMax)]}>
        <Input.TextArea rows={3} maxLength={LIMITS.textMax} />
      </Form.Item>
      <Form.Item label={t('platform.source')} name="source" rules={[max(t('platform.source'), LIMITS.sourceMax)]}>
        <Input.TextArea rows={2} maxLength={LIMITS.sourceMax} />
      </Form.Item>
    </>
  );
}

export function PlatformCreateDialog({ zoneId, zoneName, onClose }: { zoneId: number; zoneName: string; onClose: () => void }) {
  const { t } = useT();
  const [form] = Form.useForm<Values>();
  const mutation = useCreatePlatform(zoneId);
  const submit = useSubmitHandlers(form, onClose, t('platforms.created'));
  return (
    <Modal
      open
      title={`${t('zones.createPlatform')} · ${zoneName}`}
      okText={t('common.submit')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={mutation.isPending}
      mask={{ closable: false }}
    >
      <Alert type="info" showIcon className="yz-mb" title={t('platforms.createHint')} />
      <FormErrorAlert error={mutation.error} unmatched={submit.unmatched} />
      <Form<Values>
        form={form}
        layout="vertical"
        name="platform-create"
        onFinish={(values) => {
          submit.reset();
          mutation.mutate(toBody(values), submit.callbacks);
        }}
      >
        <PlatformFields />
      </Form>
    </Modal>
  );
}

/** PATCH only what changed; a cleared optional text is sent as null so the server clears it. */
function changedFields(platform: Platform, values: Values): PlatformUpdateBody {
  const body: PlatformUpdateBody = {};
  const name = (values.name ?? '').trim();
  if (values.type && values.type !== platform.type) body.type = values.type;
  if (name !== platform.name) body.name = name;
  const note = values.note?.trim() || null;
  if (note !== platform.note) body.note = note;
  const source = values.source?.trim() || null;
  if (source !== platform.source) body.source = source;
  return body;
}

export function PlatformEditDialog({ platform, onClose }: { platform: Platform; onClose: () => void }) {
  const { t } = useT();
  const [form] = Form.useForm<Values>();
  const mutation = useUpdatePlatform(platform.id);
  const submit = useSubmitHandlers(form, onClose, t('platforms.updated'));
  return (
    <Modal
      open
      title={`${t('platforms.edit')} · ${platform.name}`}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={mutation.isPending}
      mask={{ closable: false }}
    >
      <FormErrorAlert error={mutation.error} unmatched={submit.unmatched} />
      <Form<Values>
        form={form}
        layout="vertical"
        name={`platform-edit-${platform.id}`}
        initialValues={{ type: platform.type, name: platform.name, note: platform.note ?? '', source: platform.source ?? '' }}
        onFinish={(values) => {
          submit.reset();
          mutation.mutate(changedFields(platform, values), submit.callbacks);
        }}
      >
        <PlatformFields />
      </Form>
    </Modal>
  );
}
