import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Form, Input, InputNumber, Select, Space } from 'antd';
import { useState } from 'react';
import { useDrawJudges } from '../../../../api/evaluation/stage-work';
import type { DrawBody, Expert } from '../../../../api/types';
import { FormErrorAlert } from '../../../../components/form-dialog';
import { useT } from '../../../../i18n/use-t';
import { applyFieldErrors } from '../../../../lib/form-errors';

type Values = { size?: number; seed?: number | null; exclusions?: { expertId?: number; reason?: string }[] };

const SEED_MAX = 4_294_967_295;

/**
 * 抽取评委: how many, an optional seed, the experts withdrawn with a reason each; confirmed first,
 * since the draw is published at once and never redone. The server checks the same and more (the
 * pool under its lock); its refusals land on the fields or above them.
 */
export function DrawForm({ stageId, drawable, poolComplete }: { stageId: number; drawable: Expert[]; poolComplete: boolean }) {
  const { t } = useT();
  const { modal, message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const mutation = useDrawJudges(stageId);
  const [unmatched, setUnmatched] = useState<string[]>([]);
  const excluded = (Form.useWatch('exclusions', form) ?? []).map((row) => row?.expertId);

  const onFinish = (values: Values) => {
    const exclusions = (values.exclusions ?? []).map((row) => ({ expertId: row.expertId!, reason: (row.reason ?? '').trim() }));
    const body: DrawBody = { size: values.size!, exclusions, ...(values.seed !== null && values.seed !== undefined && { seed: values.seed }) };
    modal.confirm({
      title: t('drawPanel.confirmTitle'),
      content: t('drawPanel.confirmBody', { pool: drawable.length, size: body.size, excluded: exclusions.length }),
      okText: t('drawPanel.run'),
      cancelText: t('common.cancel'),
      onOk: () => {
        setUnmatched([]);
        mutation.mutate(body, {
          onSuccess: () => void message.success(t('drawPanel.done')),
          onError: (error) => setUnmatched(applyFieldErrors(form, error)),
        });
      },
    });
  };

  const required = (field: string) => [{ required: true, message: t('common.fieldRequired', { field }) }];
  return (
    <Form<Values> form={form} layout="vertical" name="draw" onFinish={onFinish} initialValues={{ size: Math.min(5, drawable.length) || 1, exclusions: [] }}>
      <FormErrorAlert error={mutation.error} unmatched={unmatched} />
      <Space wrap size="large" align="start">
        <Form.Item label={t('drawPanel.size')} name="size" rules={required(t('drawPanel.size'))} extra={t(poolComplete ? 'drawPanel.poolSize' : 'drawPanel.poolSizeAtLeast', { n: drawable.length })}>
          <InputNumber min={1} max={1000} precision={0} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item label={t('drawPanel.seed')} name="seed" extra={t('drawPanel.seedHint')}>
          <InputNumber min={0} max={SEED_MAX} precision={0} style={{ width: 220 }} />
        </Form.Item>
      </Space>
      <Form.List name="exclusions">
        {(rows, { add, remove }) => (
          <fieldset className="yz-fieldset">
            <legend>{t('drawPanel.exclusions')}</legend>
            {rows.map((row, index) => (
              <Space key={row.key} wrap align="start" style={{ display: 'flex' }} data-testid={`draw-exclusion-${index}`}>
                <Form.Item name={[row.name, 'expertId']} rules={required(t('drawPanel.exclusionExpert'))}>
                  <Select
                    aria-label={t('drawPanel.exclusionExpert')}
                    showSearch={{ optionFilterProp: 'label' }}
                    placeholder={t('drawPanel.exclusionExpert')}
                    style={{ width: 340 }}
                    options={drawable.map((expert) => ({
                      value: expert.id,
                      label: `${expert.id} · ${expert.name}${expert.organisation ? `（${expert.organisation}）` : ''}`,
                      disabled: excluded.includes(expert.id) && excluded[index] !== expert.id,
                    }))}
                  />
                </Form.Item>
                <Form.Item name={[row.name, 'reason']} rules={[{ required: true, whitespace: true, message: t('common.fieldRequired', { field: t('drawPanel.exclusionReason') }) }]}>
                  <Input aria-label={t('drawPanel.exclusionReason')} maxLength={200} placeholder={t('drawPanel.exclusionReasonHint')} style={{ width: 320 }} />
                </Form.Item>
                <Button type="text" icon={<DeleteOutlined aria-hidden="true" />} aria-label={t('drawPanel.exclusionRemove')} onClick={() => remove(row.name)} />
              </Space>
            ))}
            <Button size="small" icon={<PlusOutlined aria-hidden="true" />} onClick={() => add({})} data-testid="draw-exclusion-add">
              {t('drawPanel.exclusionAdd')}
            </Button>
          </fieldset>
        )}
      </Form.List>
      <Button type="primary" htmlType="submit" loading={mutation.isPending} className="yz-mt" data-testid="draw-run">
        {t('drawPanel.run')}
      </Button>
    </Form>
  );
}
