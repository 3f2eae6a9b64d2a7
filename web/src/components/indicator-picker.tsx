import { Alert, Select, Space, Tag, Typography } from 'antd';
import type { PublicIndicator } from '../api/types';
import { useT } from '../i18n/use-t';
import { useFigureWords } from '../lib/indicator-figures';

/** What the console and the portal both know of an indicator (the public definition). */
type IndicatorFactsOf = Pick<PublicIndicator, 'code' | 'nameZh' | 'nameEn' | 'unit' | 'periodKind' | 'cumulative' | 'isSample' | 'descriptionZh' | 'descriptionEn'>;

/** One indicator chosen by name (searchable); its code stays in the URL, never on screen. */
export function IndicatorSelect({ items, value, onChange, loading }: { items: readonly IndicatorFactsOf[]; value: string | undefined; onChange: (code: string) => void; loading?: boolean }) {
  const { t, label } = useT();
  return (
    <Select
      id="indicator-pick"
      aria-label={t('indicators.pick')}
      showSearch={{ optionFilterProp: 'label' }}
      placeholder={t('indicators.pickPlaceholder')}
      style={{ width: 420, maxWidth: '100%' }}
      loading={loading}
      value={value}
      onChange={onChange}
      options={items.map((item) => ({ value: item.code, label: label({ zh: item.nameZh, en: item.nameEn }) }))}
      data-testid="indicator-pick"
    />
  );
}

/** The chosen indicator in words: its unit, its period kind, how sources report it, whether it is sample data. */
export function IndicatorFacts({ indicator }: { indicator: IndicatorFactsOf }) {
  const { t, label } = useT();
  const words = useFigureWords();
  const description = label({ zh: indicator.descriptionZh ?? '', en: indicator.descriptionEn ?? indicator.descriptionZh ?? '' });
  return (
    <div className="yz-section-stack yz-section-stack--tight" data-testid="indicator-facts">
      <Space wrap size={[16, 4]}>
        <span>{t('common.labelled', { label: t('indicators.unit') })}{words.unit(indicator.unit)}</span>
        <span>{t('common.labelled', { label: t('indicators.periodKind') })}{words.periodKind(indicator.periodKind)}</span>
        {indicator.cumulative && <Tag>{t('indicators.cumulative')}</Tag>}
        {indicator.isSample && <Tag color="orange">{t('indicators.sample')}</Tag>}
      </Space>
      {description && <Typography.Paragraph type="secondary" className="yz-small">{description}</Typography.Paragraph>}
    </div>
  );
}

/** Said wherever a sample (示例) figure is shown: it reproduces a stated figure, it is not an office's. */
export function SampleNote({ shown }: { shown: boolean }) {
  const { t } = useT();
  if (!shown) return null;
  return <Alert type="warning" showIcon title={t('indicators.sampleHint')} data-testid="sample-note" />;
}
