import { Alert, Form, Input, InputNumber, Modal } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useMe } from '../../../../api/auth';
import { useCreateBulletin } from '../../../../api/bulletins';
import type { BulletinCreateBody } from '../../../../api/types';
import { ZoneTreeSelect } from '../../../../components/zone-tree-select';
import { useT } from '../../../../i18n/use-t';
import { applyFieldErrors, errorMessage } from '../../../../lib/form-errors';

type Values = Pick<BulletinCreateBody, 'zoneId' | 'title' | 'issueNo' | 'issuer' | 'headline'>;

/** 新建简报: the 报头 a draft needs to exist; the editor does the rest. */
export function CreateBulletinDialog({ onClose }: { onClose: () => void }) {
  const { t } = useT();
  const me = useMe();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const create = useCreateBulletin();
  const [unmatched, setUnmatched] = useState<string[]>([]);
  const onFinish = (values: Values) => {
    setUnmatched([]);
    create.mutate(
      { ...values, coverage: [values.zoneId], sections: [], figures: [] },
      { onSuccess: (bulletin) => void navigate(`/console/bulletins/${bulletin.id}`), onError: (error) => setUnmatched(applyFieldErrors(form, error)) },
    );
  };
  return (
    <Modal open title={t('bulletin.new')} okText={t('bulletin.new')} okButtonProps={{ 'data-testid': 'bulletin-create-ok' }} cancelText={t('common.cancel')} onOk={() => form.submit()} onCancel={onClose} confirmLoading={create.isPending} destroyOnHidden>
      {create.isError && <Alert type="error" showIcon className="yz-mb" title={errorMessage(create.error)} description={unmatched.join('；') || undefined} />}
      <Form form={form} layout="vertical" name="bulletin-create" onFinish={onFinish} initialValues={{ zoneId: me.data?.scopeZone?.id, issueNo: 1 }}>
        <Form.Item name="zoneId" label={t('bulletin.zone')} rules={[{ required: true }]}>
          <ZoneTreeSelect id="bulletin-create_zoneId" allowClear={false} style={{ width: '100%' }} ariaLabel={t('bulletin.zone')} />
        </Form.Item>
        <Form.Item name="title" label={t('bulletin.name')} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="issueNo" label={t('bulletin.issueNo')} rules={[{ required: true }]}>
          <InputNumber min={1} max={9999} precision={0} />
        </Form.Item>
        <Form.Item name="issuer" label={t('bulletin.issuer')} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="headline" label={t('bulletin.headline')} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={200} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
