/**
 * 放得下、接得住、用得好: a zone's delegated powers counted by the stats API on every read (never
 * typed in), by level and by 下放/委托/授权, with the window the 用得好 count looks back over.
 */
import { Col, Row, Statistic } from 'antd';
import { DELEGATION_TYPES, DELEGATION_TYPE_LABELS, POWER_LEVELS, POWER_LEVEL_LABELS } from '@shared/powers.enums';
import type { PublicPowerStats } from '../../../../api/public-powers';
import { useT } from '../../../../i18n/use-t';
import { useFormat } from '../../../../lib/use-format';
import { useLimitWords } from './power-tags';
import '../powers.css';

export function PowerCounts({ stats, testId }: { stats: PublicPowerStats; testId: string }) {
  const { t, label, lang } = useT();
  const format = useFormat();
  const limits = useLimitWords();
  const time = stats.processingTime;
  const unit = lang === 'zh' ? '项' : undefined;
  const window = t('publicPowers.window', { from: format.date(stats.firstMonth, 'month'), to: format.date(stats.lastMonth, 'month') });
  const figures = [
    { key: 'delegated', title: t('publicPowers.delegated'), value: stats.delegated },
    { key: 'takenUp', title: t('publicPowers.takenUp'), value: stats.takenUp },
    { key: 'used', title: t('publicPowers.used'), value: stats.used },
    { key: 'slow', title: t('publicPowers.slow'), value: stats.slow },
  ];
  return (
    <div data-testid={testId}>
      <Row gutter={[16, 16]}>
        {figures.map((figure) => (
          <Col xs={12} md={6} key={figure.key} data-testid={`${testId}-${figure.key}`}>
            <Statistic title={figure.title} value={figure.value} suffix={unit} />
          </Col>
        ))}
      </Row>
      <p className="yz-muted yz-small yz-mt">{t('publicPowers.countsHint', { window, zero: format.number(stats.zeroUse.total) })}</p>
      <dl className="yz-power-facts">
        <div>
          <dt>{t('publicPowers.byLevel')}</dt>
          <dd>
            {POWER_LEVELS.map((level) => (
              <span key={level} className="yz-power-count" data-testid={`${testId}-level-${level}`}>
                {label(POWER_LEVEL_LABELS[level])} <strong>{format.number(stats.byLevel[level] ?? 0)}</strong>
                {unit}
              </span>
            ))}
          </dd>
        </div>
        <div>
          <dt>{t('publicPowers.byType')}</dt>
          <dd>
            {DELEGATION_TYPES.map((type) => (
              <span key={type} className="yz-power-count" data-testid={`${testId}-type-${type}`}>
                {label(DELEGATION_TYPE_LABELS[type])} <strong>{format.number(stats.byType[type] ?? 0)}</strong>
                {unit}
              </span>
            ))}
          </dd>
        </div>
        <div>
          <dt>{t('publicPowers.zoneProcessing')}</dt>
          <dd data-testid={`${testId}-processing`}>
            {t('publicPowers.zoneProcessingFigures', {
              cases: format.number(time.cases),
              timed: format.number(time.timedCases),
              average: time.averageDays === null ? '—' : limits.days(time.averageDays),
              promised: format.number(time.withPromise),
              rate: limits.rate(time.averageCompressionRate),
            })}
          </dd>
        </div>
      </dl>
    </div>
  );
}
