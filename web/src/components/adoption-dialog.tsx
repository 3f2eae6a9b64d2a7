import { Alert, App, DatePicker, Form, Input, Modal } from 'antd';
import { LIMITS } from '@shared/limits';
import type { Dayjs } from 'dayjs';
import { useCallback, useMemo, useState } from 'react';
import { useCreateAdoption } from '../api/innovations';
import type { Zone } from '../api/types';
import { useZones } from '../api/zones';
import { useT } from '../i18n/use-t';
import { applyFieldErrors, errorMessage } from '../lib/form-errors';
import { isAfterToday } from '../lib/partial-date';
import { pathTo } from '../lib/zone-tree';
import { ZoneTreeSelect } from './zone-tree-select';

type Values = { zoneId?: number; adoptedOn?: Dayjs | null; adaptation?: string; observedEffect?: string; source?: string };

const ADOPTING_TYPES: readonly Zone['type'][] = ['area', 'pilot', 'block'];

/**
 * Zones that may record an adoption of an innovation from `originZoneId`: zones the user writes
 * (片区, 先行区 or 区块), never the origin zone itself nor a zone above or below it.
 */
export function useAdoptingZones(originZoneId: number | undefined, adopted: readonly number[] = []) {
  const zones = useZones();
  const adoptedKey = adopted.join(',');
  const selectable = useCallback(
    (zone: Zone) => {
      if (!zone.abilities.createPlatform || !ADOPTING_TYPES.includes(zone.type)) return false;
      if (adoptedKey.split(',').includes(String(zone.id))) return false;
      if (originZoneId === undefined) return true;
      const all = zones.data ?? [];
      return !pathTo(all, zone.id).includes(originZoneId) && !pathTo(all, originZoneId).includes(zone.id);
    },
    [zones.data, originZoneId, adoptedKey],
  );
  const choices = useMemo(() => (zones.data ?? []).filter(selectable), [zones.data, selectable]);
  return { selectable, choices, isPending: zones.isPending };
}

/** 登记复制推广: zone X adopted innovation Y on date D, with how it was adapted and what it achieved. */
export function AdoptionDialog({
  innovation,
  defaultZoneId,
  adoptedZoneIds,
  onClose,
}: {
  innovation: { id: number; name: string; zoneId?: number };
  defaultZoneId?: number;
  /** Zones that have already recorded this adoption: not offered again. */
  adoptedZoneIds?: readonly number[];
  onClose: () => void;
}) {
  const { t } = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const mutation = useCreateAdoption(innovation.id);
  const [unmatched, setUnmatched] = useState<string[]>([]);
  const { selectable, choices } = useAdoptingZones(innovation.zoneId, adoptedZoneIds);
  const initialZone = defaultZoneId ?? (choices.length === 1 ? choices[0]?.id : undefined);
  const max = (field: string, n: number) => ({ max: n, message: t('common.maxLength', { field, max: n }) });

  const onFinish = (values: Values) => {
    setUnmatched([]);
    mutation.mutate(
      {
        zoneId: values.zoneId,
        adoptedOn: (values.adoptedOn as Dayjs).format('YYYY-MM-DD'),
        adaptation: values.adaptation?.trim() || undefined,
        observedEffect: values.observedEffect?.trim() || undefined,
        source: values.source?.trim() || undefined,
      },
      {
        onSuccess: () => {
          void message.success(t('adoption.created'));
          onClose();
        },
        onError: (error) => setUnmatched(applyFieldErrors(form, error)),
      },
    );
  };

  return (
    <Modal
      open
      title={`${t('adoption.create')} · ${innovation.name}`}
      okText={t('adoption.create')}
      okButtonProps={{ 'data-testid': 'adoption-ok' }}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={mutation.isPending}
      mask={{ closable: false }}
      destroyOnHidden
      width={600}
    >
      <Alert type="info" showIcon className="yz-mb" title={t('adoption.hint')} description={t('adoption.irreversible')} />
      {mutation.isError && (
        <Alert type="error" showIcon role="alert" className="yz-mb" title={errorMessage(mutation.error)} description={unmatched.length ? unmatched.join('；') : undefined} />
      )}
      <Form<Values> form={form} layout="vertical" onFinish={onFinish} name={`adoption-${innovation.id}`} initialValues={{ zoneId: initialZone }}>
        <Form.Item
          label={t('adoption.zone')}
          name="zoneId"
          rules={[{ required: true, message: t('common.selectRequired', { field: t('adoption.zone') }) }]}
          extra={t('adoption.zoneHint')}
        >
          <ZoneTreeSelect selectable={selectable} placeholder={t('adoption.zonePlaceholder')} style={{ width: '100%' }} allowClear={false} ariaLabel={t('adoption.zone')} />
        </Form.Item>
        <Form.Item
          label={t('adoption.adoptedOn')}
          name="adoptedOn"
          rules={[
            { required: true, message: t('common.selectRequired', { field: t('adoption.adoptedOn') }) },
            {
              validator: (_, value: Dayjs | null | undefined) =>
                value && isAfterToday(value) ? Promise.reject(new Error(t('platforms.futureDate'))) : Promise.resolve(),
            },
          ]}
        >
          <DatePicker style={{ width: '100%' }} disabledDate={(date) => isAfterToday(date)} />
        </Form.Item>
        <Form.Item label={t('adoption.adaptation')} name="adaptation" rules={[max(t('adoption.adaptation'), LIMITS.textMax)]}>
          <Input.TextArea rows={3} maxLength={LIMITS.textMax} placeholder={t('adoption.adaptationHint')} />
        </Form.Item>
        <Form.Item label={t('adoption.observedEffect')} name="observedEffect" rules={[max(t('adoption.observedEffect'), LIMITS.textMax)]}>
          <Input.TextArea rows={3} maxLength={LIMITS.textMax} />
        </Form.Item>
        <Form.Item label={t('adoption.source')} name="source" rules={[max(t('adoption.source'), LIMITS.sourceMax)]}>
          <Input.TextArea rows={2} maxLength={LIMITS.sourceMax} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
