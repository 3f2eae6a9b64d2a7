import { Alert, App, Form, Input, Modal } from 'antd';
import {
  PLATFORM_MACHINE,
  PLATFORM_STATUS_LABELS,
  PLATFORM_TRANSITION_LABELS,
  type PlatformTransition,
} from '@shared/enums';
import { LIMITS } from '@shared/limits';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTransitionPlatform } from '../api/platforms';
import type { DatePrecision, Platform } from '../api/types';
import { useT } from '../i18n/use-t';
import { applyFieldErrors, errorMessage } from '../lib/form-errors';
import { toPartialDate } from '../lib/partial-date';
import { PartialDateItem } from './partial-date-item';

type Values = { occurredOn?: Dayjs; precision: DatePrecision; document?: string; note?: string };

/**
 * Records one lifecycle step (提交申建, 登记获批 …) with its date, document number and note. The date may
 * be known only to the month or the year ("今年初封关"), as the sources often say.
 */
export function PlatformTransitionDialog({
  platform,
  transition,
  onClose,
}: {
  platform: Platform;
  transition: PlatformTransition;
  onClose: () => void;
}) {
  const { t, label } = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const mutation = useTransitionPlatform(platform.id, transition);
  const [unmatched, setUnmatched] = useState<string[]>([]);
  const actionLabel = label(PLATFORM_TRANSITION_LABELS[transition]);

  const onFinish = (values: Values) => {
    setUnmatched([]);
    mutation.mutate(
      {
        occurredOn: toPartialDate(values.occurredOn, values.precision) as string,
        document: values.document?.trim() || undefined,
        note: values.note?.trim() || undefined,
      },
      {
        onSuccess: () => {
          void message.success(t('platforms.transitionDone', { action: actionLabel }));
          onClose();
        },
        onError: (error) => setUnmatched(applyFieldErrors(form, error)),
      },
    );
  };

  return (
    <Modal
      open
      title={`${actionLabel} · ${platform.name}`}
      okText={actionLabel}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={mutation.isPending}
      mask={{ closable: false }}
      destroyOnHidden
    >
      <Alert
        type="info"
        showIcon
        className="yz-mb"
        title={t('platforms.transitionConfirm', {
          name: platform.name,
          from: label(PLATFORM_STATUS_LABELS[platform.status]),
          to: label(PLATFORM_STATUS_LABELS[PLATFORM_MACHINE[transition].to]),
        })}
        description={t('platforms.transitionIrreversible')}
      />
      {mutation.isError && (
        <Alert
          type="error"
          showIcon
          className="yz-mb"
          role="alert"
          title={errorMessage(mutation.error)}
          description={unmatched.length > 0 ? unmatched.join('；') : undefined}
        />
      )}
      <Form<Values> form={form} layout="vertical" onFinish={onFinish} name={`transition-${transition}-${platform.id}`} initialValues={{ precision: 'day' }}>
        <PartialDateItem label={t('platforms.occurredOn')} name="occurredOn" precisionName="precision" required noFuture />
        <Form.Item
          label={t('platforms.document')}
          name="document"
          rules={[{ max: LIMITS.documentMax, message: t('common.maxLength', { field: t('platforms.document'), max: LIMITS.documentMax }) }]}
        >
          <Input maxLength={LIMITS.documentMax} />
        </Form.Item>
        <Form.Item
          label={t('common.note')}
          name="note"
          rules={[{ max: LIMITS.textMax, message: t('common.maxLength', { field: t('common.note'), max: LIMITS.textMax }) }]}
        >
          <Input.TextArea rows={3} maxLength={LIMITS.textMax} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
