/** A delegation's processing time in working days: legal and promised limits, 承诺时限压缩率, and the actual average, p90 and fastest over its timed cases. */
import { Alert, Descriptions } from 'antd';
import type { PublicPowerDetail } from '../../../api/public-powers';
import { useT } from '../../../i18n/use-t';
import { useFormat } from '../../../lib/use-format';
import { useLimitWords } from '../powers/components/power-tags';

export function ProcessingFigures({ figures }: { figures: PublicPowerDetail['processingTime'] }) {
  const { t } = useT();
  const format = useFormat();
  const limits = useLimitWords();
  const actual = (n: number | null) => (figures.timedCases === 0 || n === null ? t('publicPowers.noTimedCases') : limits.days(n));
  return (
    <>
      <Descriptions
        size="small"
        column={1}
        data-testid="power-processing"
        items={[
          { key: 'legal', label: t('publicPowers.legalLimit'), children: limits.days(figures.legalLimitDays) },
          { key: 'promised', label: t('publicPowers.promisedLimit'), children: limits.days(figures.promisedLimitDays) },
          { key: 'rate', label: t('publicPowers.compressionRate'), children: limits.rate(figures.compressionRate) },
          { key: 'average', label: t('publicPowers.averageDays'), children: actual(figures.averageDays) },
          { key: 'p90', label: t('publicPowers.p90Days'), children: actual(figures.p90Days) },
          { key: 'fastest', label: t('publicPowers.fastestDays'), children: actual(figures.fastestDays) },
          { key: 'timed', label: t('publicPowers.timedCases'), children: format.number(figures.timedCases) },
        ]}
      />
      <p className="yz-muted yz-small">{t('publicPowers.compressionHint')}</p>
      {figures.slowerThanPromised && <Alert type="warning" showIcon message={t('publicPowers.slowerThanPromised')} />}
    </>
  );
}
