import { Form, InputNumber, Radio, Select } from 'antd';
import { ADVANCEMENT_KINDS, ADVANCEMENT_KIND_LABELS, type AdvancementKind } from '@shared/evaluation.enums';
import type { AdvancementRule, CampaignCategory } from '../../../../api/types';
import { useT } from '../../../../i18n/use-t';

/** The form's view of a rule: every kind's fields side by side, only the chosen kind's sent. */
export type AdvancementValues = { kind: AdvancementKind; n?: number; per?: 'overall' | 'category'; score?: number; quota?: Record<string, number | null> };

export function toAdvancementValues(rule: AdvancementRule | undefined): AdvancementValues {
  if (!rule) return { kind: 'manual', per: 'overall' };
  switch (rule.kind) {
    case 'top_n':
      return { kind: rule.kind, n: rule.n, per: rule.per };
    case 'cutoff':
      return { kind: rule.kind, score: rule.score, per: 'overall' };
    case 'quota':
      return { kind: rule.kind, quota: rule.perCategory, per: 'overall' };
    case 'manual':
      return { kind: rule.kind, per: 'overall' };
  }
}

export function toAdvancementRule(values: AdvancementValues): AdvancementRule {
  switch (values.kind) {
    case 'top_n':
      return { kind: 'top_n', n: values.n ?? 0, per: values.per ?? 'overall' };
    case 'cutoff':
      return { kind: 'cutoff', score: values.score ?? 0 };
    case 'quota': {
      const perCategory: Record<string, number> = {};
      for (const [id, count] of Object.entries(values.quota ?? {})) if (count !== null && count !== undefined) perCategory[id] = count;
      return { kind: 'quota', perCategory };
    }
    case 'manual':
      return { kind: 'manual' };
  }
}

/** 晋级规则: top N (overall or per category), a cutoff score, a quota per category, or a recorded decision. */
export function AdvancementFields({ categories }: { categories: CampaignCategory[] }) {
  const { t, label } = useT();
  const kind = Form.useWatch(['advancement', 'kind']) as AdvancementKind | undefined;
  const needed = (field: string) => [{ required: true, message: t('common.fieldRequired', { field }) }];
  return (
    <fieldset className="yz-fieldset">
      <legend>{t('stage.advancement')}</legend>
      <Form.Item name={['advancement', 'kind']} label={t('stage.advancementKind')}>
        <Select options={ADVANCEMENT_KINDS.map((item) => ({ value: item, label: label(ADVANCEMENT_KIND_LABELS[item]) }))} style={{ width: 220 }} />
      </Form.Item>
      {kind === 'top_n' && (
        <div className="yz-form-row">
          <Form.Item name={['advancement', 'n']} label={t('stage.topN')} rules={needed(t('stage.topN'))}>
            <InputNumber<number> min={1} max={100000} precision={0} />
          </Form.Item>
          <Form.Item name={['advancement', 'per']} label={t('stage.per')}>
            <Radio.Group
              options={[
                { value: 'overall', label: t('stage.perOverall') },
                { value: 'category', label: t('stage.perCategory') },
              ]}
            />
          </Form.Item>
        </div>
      )}
      {kind === 'cutoff' && (
        <Form.Item name={['advancement', 'score']} label={t('stage.cutoff')} rules={needed(t('stage.cutoff'))}>
          <InputNumber<number> precision={2} step={0.5} />
        </Form.Item>
      )}
      {kind === 'quota' &&
        (categories.length === 0 ? (
          <p className="yz-muted">{t('stage.quotaNeedsCategories')}</p>
        ) : (
          <div className="yz-form-row">
            {categories.map((category) => (
              <Form.Item key={category.id} name={['advancement', 'quota', String(category.id)]} label={category.name}>
                <InputNumber<number> min={0} max={100000} precision={0} />
              </Form.Item>
            ))}
          </div>
        ))}
    </fieldset>
  );
}
