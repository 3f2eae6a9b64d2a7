/**
 * 专家抽取结果验证: anyone re-runs a published judge draw in the browser with the same code the
 * server drew with (src/shared/evaluation/judge-draw.ts) and compares the panel. The inputs live
 * in the address (?seed=&pool=&size=&exclude=&expect=), so a published panel links here ready to check.
 */
import { Alert, Button, Card, Descriptions, Form, Input, InputNumber, Space, Tag } from 'antd';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { parseIdList } from '@shared/evaluation/id-list';
import { drawPanel, shuffledPool } from '@shared/evaluation/judge-draw';
import { useT } from '../../../i18n/use-t';

/** More numbers than any expert pool holds; the draw itself is instant at this size. */
const MAX_POOL = 5000;

type Inputs = { seed: string; pool: string; size: string; exclude: string; expect: string };
const FIELDS = ['seed', 'pool', 'size', 'exclude', 'expect'] as const;

type Outcome = { error: string } | { panel: number[]; order: number[]; size: number; poolSize: number; excluded: number; verdict: boolean | null };

function useDraw(inputs: Inputs): Outcome | null {
  const { t } = useT();
  return useMemo((): Outcome | null => {
    if (!inputs.seed && !inputs.pool) return null;
    const seed = Number(inputs.seed);
    if (!/^-?\d{1,10}$/.test(inputs.seed.trim()) || seed < -2147483648 || seed > 4294967295) return { error: t('draw.badSeed') };
    const lists = [inputs.pool, inputs.exclude, inputs.expect].map((text) => parseIdList(text, MAX_POOL));
    for (const list of lists) {
      if ('problem' in list) return { error: list.problem.kind === 'too_many' ? t('draw.tooMany', { limit: list.problem.limit }) : t('draw.badIds', { value: list.problem.value }) };
    }
    const [pool, exclude, expected] = lists.map((list) => ('ids' in list ? list.ids : []));
    const size = Number(inputs.size);
    if (!Number.isInteger(size) || size < 1 || size > pool!.length) return { error: t('draw.badSize') };
    const experts = pool!.map((id) => ({ id }));
    const exclusions = exclude!.map((expertId) => ({ expertId, reason: '' }));
    const panel = drawPanel(seed, experts, size, exclusions).map((expert) => expert.id);
    const order = shuffledPool(seed, experts).map((expert) => expert.id);
    const verdict = expected!.length > 0 ? expected!.length === panel.length && expected!.every((id, i) => id === panel[i]) : null;
    return { panel, order, size, poolSize: pool!.length, excluded: exclude!.filter((id) => pool!.includes(id)).length, verdict };
  }, [inputs, t]);
}

export function DrawVerifyPage() {
  const { t } = useT();
  const [params, setParams] = useSearchParams();
  const inputs = Object.fromEntries(FIELDS.map((field) => [field, params.get(field) ?? ''])) as Inputs;
  const result = useDraw(inputs);
  const [form] = Form.useForm<Inputs>();

  const submit = (values: Inputs) => {
    const next = new URLSearchParams();
    for (const field of FIELDS) {
      const value = String(values[field] ?? '').trim();
      if (value) next.set(field, value);
    }
    setParams(next);
  };

  return (
    <div className="yz-container yz-section-stack">
      <h1 className="yz-page-title">{t('draw.title')}</h1>
      <p className="yz-muted">{t('draw.lead')}</p>
      <Card>
        <Form form={form} layout="vertical" initialValues={inputs} onFinish={submit} data-testid="draw-form">
          <Space wrap size="large" align="start">
            <Form.Item name="seed" label={t('draw.seed')} extra={t('draw.seedHint')} rules={[{ required: true, message: t('draw.badSeed') }]}>
              <Input style={{ width: 200 }} inputMode="numeric" data-testid="draw-seed" />
            </Form.Item>
            <Form.Item name="size" label={t('draw.size')} rules={[{ required: true, message: t('draw.badSize') }]}>
              <InputNumber min={1} max={MAX_POOL} precision={0} style={{ width: 140 }} data-testid="draw-size" />
            </Form.Item>
          </Space>
          <Form.Item name="pool" label={t('draw.pool')} extra={t('draw.poolHint')} rules={[{ required: true, message: t('draw.badIds', { value: '' }) }]}>
            <Input.TextArea rows={2} data-testid="draw-pool" />
          </Form.Item>
          <Form.Item name="exclude" label={t('draw.exclude')}>
            <Input data-testid="draw-exclude" />
          </Form.Item>
          <Form.Item name="expect" label={t('draw.expect')}>
            <Input data-testid="draw-expect" />
          </Form.Item>
          <Button type="primary" htmlType="submit" data-testid="draw-run">
            {t('draw.run')}
          </Button>
        </Form>
      </Card>
      {result && 'error' in result && <Alert type="error" showIcon message={result.error} data-testid="draw-error" />}
      {result && 'panel' in result && (
        <Card title={t('draw.panel')} data-testid="draw-result">
          {result.verdict !== null && (
            <Alert
              type={result.verdict ? 'success' : 'error'}
              showIcon
              message={result.verdict ? t('draw.matches') : t('draw.differs')}
              style={{ marginBottom: 16 }}
              data-testid="draw-verdict"
            />
          )}
          <Descriptions column={1} size="small">
            <Descriptions.Item label={t('draw.panel')}>
              <Space wrap data-testid="draw-panel">
                {result.panel.map((id) => (
                  <Tag key={id} color="red">
                    {id}
                  </Tag>
                ))}
              </Space>
            </Descriptions.Item>
            <Descriptions.Item label={t('draw.order')}>
              <span data-testid="draw-order">{result.order.join('、')}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('draw.method')}>
              {t('draw.methodText', { size: result.size })} {t('draw.poolSize', { n: result.poolSize, excluded: result.excluded })}
            </Descriptions.Item>
          </Descriptions>
        </Card>
      )}
    </div>
  );
}
