import { ExperimentOutlined } from '@ant-design/icons';
import { useSite } from '../api/site';
import { useT } from '../i18n/use-t';

/**
 * Shown on every page while the demo dataset is loaded, so that nobody takes a sample (示例)
 * record or a demo account's work for an official one.
 */
export function DemoBanner() {
  const { t } = useT();
  const site = useSite();
  if (!site.data?.demo) return null;
  return (
    <div className="yz-demo-banner" role="note" data-testid="demo-banner">
      <ExperimentOutlined aria-hidden="true" /> <strong>{t('demo.bannerTitle')}</strong> {t('demo.bannerText')}
    </div>
  );
}
