import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Drawer, Form, Input, InputNumber, Space, Typography } from 'antd';
import { useState } from 'react';
import { useSetCriteria } from '../../../../api/campaigns';
import type { CampaignStage, CriteriaBody } from '../../../../api/types';
import { FormDrawerFooter } from '../../../../components/form-drawer-footer';
import { useT } from '../../../../i18n/use-t';
import { applyFieldErrors } from '../../../../lib/form-errors';
import { CriteriaLevels } from './criteria-levels';

type LevelValues = { min?: number; max?: number; zh?: string; en?: string };
type CriterionValues = { nameZh?: string; nameEn?: string; percent?: number; scaleMin?: number; scaleMax?: number; levels?: LevelValues[] };
type Values = { criteria: CriterionValues[] };

/** Weights are entered in per cent to two decimals and sent as fractions (30 % → 0.3); hundredths keep the sum exact. */
const hundredths = (percent: number | undefined) => Math.round((percent ?? 0) * 100);
export const weightTotal = (criteria: CriterionValues[] | undefined) => (criteria ?? []).reduce((sum, row) => sum + hundredths(row?.percent), 0) / 100;

function toBody(values: Values): CriteriaBody {
  return {
    criteria: values.criteria.map((row) => ({
      nameZh: (row.nameZh ?? '').trim(),
      nameEn: row.nameEn?.trim() || null,
      weight: hundredths(row.percent) / 10000,
      scaleMin: row.scaleMin ?? 0,
      scaleMax: row.scaleMax ?? 100,
      levels: (row.levels ?? []).map((level) => ({ min: level.min ?? 0, max: level.max ?? 0, zh: (level.zh ?? '').trim(), en: level.en?.trim() || null })),
    })),
  };
}

function fromStage(stage: CampaignStage): Values {
  return {
    criteria: stage.criteria.map((row) => ({
      nameZh: row.nameZh,
      nameEn: row.nameEn ?? undefined,
      percent: Math.round(row.weight * 10000) / 100,
      scaleMin: row.scaleMin,
      scaleMax: row.scaleMax,
      levels: row.levels.map((level) => ({ ...level, en: level.en ?? undefined })),
    })),
  };
}

/**
 * 评分标准 of a scored stage: rows of name, weight, scale and level descriptions, with the running
 * weight total. Saving is refused here unless the total is 100 %, as the server refuses it too
 * (its message shows if it does: the criteria lock once scoring starts).
 */
export function CriteriaDrawer({ stage, onClose }: { stage: CampaignStage; onClose: () => void }) {
  const { t } = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const mutation = useSetCriteria(stage.id);
  const [unmatched, setUnmatched] = useState<string[]>([]);
  const [totalRefused, setTotalRefused] = useState(false);
  const criteria = Form.useWatch('criteria', form);
  const total = weightTotal(criteria);
  const totalOk = Math.round(total * 100) === 10000;
  const editable = stage.abilities.setCriteria;

  const onFinish = (values: Values) => {
    setUnmatched([]);
    if (values.criteria.length > 0 && !totalOk) {
      setTotalRefused(true);
      return;
    }
    setTotalRefused(false);
    mutation.mutate(toBody(values), {
      onSuccess: () => {
        void message.success(t('criteria.saved'));
        onClose();
      },
      onError: (error) => setUnmatched(applyFieldErrors(form, error)),
    });
  };

  return (
    <Drawer
      open
      // Wide enough for a criterion's row (two names, weight, scale) on one line.
      size={940}
      title={`${t('criteria.title')} · ${stage.name}`}
      onClose={onClose}
      mask={{ closable: !editable }}
      footer={
        <>
          <p className={totalOk ? 'yz-criteria-total' : 'yz-criteria-total yz-criteria-total--off'} aria-live="polite" data-testid="criteria-total">
            {t('criteria.total', { total })}
          </p>
          {totalRefused && !totalOk && <Alert type="error" showIcon className="yz-mb" role="alert" title={t('criteria.totalRefused', { total })} data-testid="criteria-total-refused" />}
          {editable && <FormDrawerFooter mutation={mutation} form={form} unmatched={unmatched} submitLabel={t('common.save')} onCancel={onClose} />}
        </>
      }
    >
      {!editable && <Alert type="info" showIcon className="yz-mb" title={t('criteria.locked')} />}
      <Form<Values> form={form} layout="vertical" name={`criteria-${stage.id}`} disabled={!editable} initialValues={fromStage(stage)} onFinish={onFinish}>
        <Form.List name="criteria">
          {(fields, { add, remove }) => (
            <Space orientation="vertical" size={12} style={{ width: '100%' }}>
              {fields.map((field, index) => (
                <Card
                  key={field.key}
                  size="small"
                  title={t('criteria.row', { n: index + 1 })}
                  data-testid={`criterion-${index}`}
                  extra={<Button type="text" danger size="small" icon={<DeleteOutlined aria-hidden="true" />} aria-label={`${t('evaluation.delete')} ${t('criteria.row', { n: index + 1 })}`} onClick={() => remove(field.name)} />}
                >
                  <div className="yz-form-row">
                    <Form.Item name={[field.name, 'nameZh']} label={t('criteria.nameZh')} rules={[{ required: true, whitespace: true, message: t('common.fieldRequired', { field: t('criteria.nameZh') }) }]}>
                      <Input maxLength={60} style={{ width: 180 }} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'nameEn']} label={t('criteria.nameEn')}>
                      <Input maxLength={60} style={{ width: 180 }} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'percent']} label={t('criteria.weight')} rules={[{ required: true, message: t('common.fieldRequired', { field: t('criteria.weight') }) }]}>
                      <InputNumber<number> min={0.01} max={100} precision={2} suffix="%" style={{ width: 120 }} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'scaleMin']} label={t('criteria.scaleMin')}>
                      <InputNumber<number> precision={2} style={{ width: 100 }} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'scaleMax']} label={t('criteria.scaleMax')}>
                      <InputNumber<number> precision={2} style={{ width: 100 }} />
                    </Form.Item>
                  </div>
                  <Typography.Text type="secondary">{t('criteria.levels')}</Typography.Text>
                  <CriteriaLevels criterion={field.name} />
                </Card>
              ))}
              {editable && (
                <Button type="dashed" block icon={<PlusOutlined aria-hidden="true" />} onClick={() => add({ scaleMin: 0, scaleMax: 100, levels: [] })} data-testid="criterion-add">
                  {t('criteria.add')}
                </Button>
              )}
            </Space>
          )}
        </Form.List>
      </Form>
    </Drawer>
  );
}
