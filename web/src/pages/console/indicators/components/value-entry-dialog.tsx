import { Form, Select } from 'antd';
import { useMemo } from 'react';
import type { Indicator, Zone } from '../../../../api/types';
import { useRecordIndicatorValues } from '../../../../api/indicators';
import { useZones } from '../../../../api/zones';
import { FormDialog, useSubmitHandlers } from '../../../../components/form-dialog';
import { ZoneTreeSelect } from '../../../../components/zone-tree-select';
import { useT } from '../../../../i18n/use-t';
import { periodOptions } from '../../../../lib/indicator-figures';
import { FigureFields, type FigureValues, figureBody, withinBatch } from './value-fields';

type Values = FigureValues & { zoneId?: number; period?: string };

/** Only zones the user writes in (the server checks it too, and answers 404 outside the user's zones). */
const writable = (zone: Zone) => zone.abilities.createPlatform;
const FIRST_YEAR = 2010;

/** 录入数据: one value of the chosen indicator for one of the user's zones and a period of the indicator's kind. */
export function ValueEntryDialog({ indicator, onClose }: { indicator: Indicator; onClose: () => void }) {
  const { t, label, lang } = useT();
  const [form] = Form.useForm<Values>();
  const mutation = useRecordIndicatorValues();
  const { unmatched, reset, callbacks } = useSubmitHandlers(form, onClose, t('indicators.entered'));
  const periods = useMemo(() => periodOptions(indicator.periodKind, FIRST_YEAR, new Date().getFullYear() + 1, lang), [indicator.periodKind, lang]);
  const onError = (error: unknown) => callbacks.onError(withinBatch(error));
  // A user who writes for one zone only (a zone's staff) finds it already chosen.
  const choices = (useZones().data ?? []).filter(writable);
  const onlyZone = choices.length === 1 ? choices[0]!.id : undefined;

  const onFinish = (values: Values) => {
    reset();
    mutation.mutate(
      { values: [{ indicator: indicator.code, zoneId: values.zoneId!, period: values.period!, source: (values.source ?? '').trim(), ...figureBody(values, indicator.unit) }] },
      { onSuccess: callbacks.onSuccess, onError },
    );
  };

  return (
    <FormDialog
      title={t('indicators.enterTitle', { name: label({ zh: indicator.nameZh, en: indicator.nameEn }) })}
      form={form}
      mutation={{ ...mutation, error: mutation.error ? withinBatch(mutation.error) : null }}
      unmatched={unmatched}
      onClose={onClose}
      width={640}
    >
      <Form<Values> form={form} layout="vertical" name="indicator-entry" initialValues={{ zoneId: onlyZone, unit: indicator.unit, qualifier: '' }} onFinish={onFinish} scrollToFirstError={{ block: 'center' }}>
        <Form.Item label={t('indicators.zone')} name="zoneId" rules={[{ required: true, message: t('common.selectRequired', { field: t('indicators.zone') }) }]}>
          <ZoneTreeSelect selectable={writable} allowClear={false} placeholder={t('indicators.zone')} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item label={t('indicators.period')} name="period" rules={[{ required: true, message: t('common.selectRequired', { field: t('indicators.period') }) }]}>
          <Select showSearch={{ optionFilterProp: 'label' }} options={periods} />
        </Form.Item>
        <FigureFields unit={indicator.unit} sourceRequired />
      </Form>
    </FormDialog>
  );
}
