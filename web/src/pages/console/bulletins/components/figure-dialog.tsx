import { Alert, Button, Form, Input, Modal, Select } from 'antd';
import { BULLETIN_COUNTS, BULLETIN_COUNT_LABELS, BULLETIN_DERIVED_METHODS, BULLETIN_FIGURE_KINDS, BULLETIN_FIGURE_KIND_LABELS, FIGURE_KEY, type BulletinFigureKind } from '@shared/bulletins.enums';
import { DERIVED_METHOD_TEXTS } from '@shared/indicators/labels';
import { useMemo } from 'react';
import { useEvaluateFigure } from '../../../../api/bulletins';
import { useIndicators } from '../../../../api/indicators';
import type { BulletinFigure, BulletinFigureBody, BulletinFigureSpec } from '../../../../api/types';
import { IndicatorSelect } from '../../../../components/indicator-picker';
import { ZoneTreeSelect } from '../../../../components/zone-tree-select';
import { useLang, useT } from '../../../../i18n/use-t';
import { applyFieldErrors, errorMessage } from '../../../../lib/form-errors';
import { periodOptions } from '../../../../lib/indicator-figures';

type Values = { key: string; kind: BulletinFigureKind; indicator?: string; zoneId?: number; period?: string; method?: (typeof BULLETIN_DERIVED_METHODS)[number]; from?: string; count?: (typeof BULLETIN_COUNTS)[number]; headlineLabel?: string };

function specOf(values: Values): BulletinFigureSpec {
  if (values.kind === 'count') return { kind: 'count', count: values.count! };
  const base = { indicator: values.indicator!, zoneId: values.zoneId!, period: values.period! };
  if (values.kind === 'value') return { kind: 'value', ...base };
  return { kind: 'derived', ...base, method: values.method!, ...(values.from ? { from: values.from } : {}) };
}

/** 添加数据: what a new figure cites, computed by the server before it is added (nothing is stored until 保存). */
export function FigureDialog({ bulletinZoneId, coverage, takenKeys, onAdd, onClose }: {
  bulletinZoneId: number;
  coverage: number[];
  takenKeys: string[];
  onAdd: (figure: BulletinFigureBody, evaluated: BulletinFigure) => void;
  onClose: () => void;
}) {
  const { t, label } = useT();
  const lang = useLang();
  const [form] = Form.useForm<Values>();
  const indicators = useIndicators();
  const evaluate = useEvaluateFigure();
  const kind = Form.useWatch('kind', form);
  const code = Form.useWatch('indicator', form);
  const indicator = indicators.data?.find((item) => item.code === code);
  const year = new Date().getFullYear();
  const periods = useMemo(() => (indicator ? periodOptions(indicator.periodKind, 2013, year, lang) : []), [indicator, year, lang]);
  const years = useMemo(() => periodOptions('year', 2013, year, lang), [year, lang]);

  const run = (add: boolean) =>
    form.validateFields().then((values) => {
      const figure: BulletinFigureBody = { key: values.key, spec: specOf(values), headlineLabel: values.headlineLabel?.trim() || null };
      evaluate.mutate(
        { zoneId: bulletinZoneId, coverage, figure },
        {
          onSuccess: (evaluated) => {
            if (add) {
              onAdd(figure, evaluated);
              onClose();
            }
          },
          onError: (error) => applyFieldErrors(form, error),
        },
      );
    });

  return (
    <Modal open title={t('bulletin.addFigure')} onCancel={onClose} destroyOnHidden width={640}
      footer={[
        <Button key="cancel" onClick={onClose}>{t('common.cancel')}</Button>,
        <Button key="evaluate" onClick={() => void run(false).catch(() => undefined)} loading={evaluate.isPending} data-testid="figure-evaluate">{t('bulletin.evaluate')}</Button>,
        <Button key="add" type="primary" onClick={() => void run(true).catch(() => undefined)} loading={evaluate.isPending} data-testid="figure-add-ok">{t('bulletin.addFigure')}</Button>,
      ]}
    >
      <Form form={form} layout="vertical" name="bulletin-figure" initialValues={{ kind: 'value', method: 'yoy_growth', zoneId: bulletinZoneId }} onValuesChange={() => evaluate.reset()}>
        <Form.Item name="key" label={t('bulletin.figureKey')} extra={t('bulletin.keyHint')}
          rules={[{ required: true }, { pattern: FIGURE_KEY, message: t('bulletin.keyHint') }, { validator: (_, value: string) => (takenKeys.includes(value) ? Promise.reject(new Error(t('bulletin.keyTaken'))) : Promise.resolve()) }]}>
          <Input maxLength={32} />
        </Form.Item>
        <Form.Item name="kind" label={t('bulletin.kind')} rules={[{ required: true }]}>
          <Select options={BULLETIN_FIGURE_KINDS.map((value) => ({ value, label: label(BULLETIN_FIGURE_KIND_LABELS[value]) }))} />
        </Form.Item>
        {kind === 'count' ? (
          <Form.Item name="count" label={t('bulletin.count')} rules={[{ required: true }]}>
            <Select options={BULLETIN_COUNTS.map((value) => ({ value, label: label(BULLETIN_COUNT_LABELS[value]) }))} />
          </Form.Item>
        ) : (
          <>
            <Form.Item name="indicator" label={t('bulletin.indicator')} rules={[{ required: true }]}>
              <IndicatorSelect items={indicators.data ?? []} loading={indicators.isPending} value={code} onChange={(next) => form.setFieldsValue({ indicator: next, period: undefined })} />
            </Form.Item>
            <Form.Item name="zoneId" label={t('bulletin.figureZone')} rules={[{ required: true }]}>
              <ZoneTreeSelect id="bulletin-figure_zoneId" allowClear={false} style={{ width: '100%' }} ariaLabel={t('bulletin.figureZone')} />
            </Form.Item>
            <Form.Item name="period" label={t('bulletin.period')} rules={[{ required: true }]}>
              <Select showSearch={{ optionFilterProp: 'label' }} options={periods} disabled={!indicator} />
            </Form.Item>
            {kind === 'derived' && (
              <>
                <Form.Item name="method" label={t('bulletin.method')} rules={[{ required: true }]}>
                  <Select options={BULLETIN_DERIVED_METHODS.map((value) => ({ value, label: label(DERIVED_METHOD_TEXTS[value].label) }))} />
                </Form.Item>
                <Form.Item name="from" label={t('bulletin.from')}>
                  <Select allowClear options={years} />
                </Form.Item>
              </>
            )}
          </>
        )}
        <Form.Item name="headlineLabel" label={t('bulletin.headlineLabel')}>
          <Input maxLength={60} />
        </Form.Item>
      </Form>
      {evaluate.isError && <Alert type="error" showIcon title={errorMessage(evaluate.error)} />}
      {evaluate.data && (
        <Alert type={evaluate.data.available ? 'success' : 'warning'} showIcon data-testid="figure-evaluated"
          title={`${t('common.labelled', { label: t('bulletin.evaluated') })}${evaluate.data.available && evaluate.data.text ? label(evaluate.data.text) : t('bulletin.missing')}`}
          description={<>{label(evaluate.data.label)}{evaluate.data.problem && <div>{label(evaluate.data.problem)}</div>}</>} />
      )}
    </Modal>
  );
}
