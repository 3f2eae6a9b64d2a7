import { DELEGATION_TYPE_LABELS, POWER_ITEM_TYPE_LABELS, POWER_LEVEL_LABELS } from '@shared/powers.enums';
import { Link } from 'react-router';
import type { PublicPower } from '../../../../api/public-powers';
import { SourceCitation } from '../../../../components/source-citation';
import { useT } from '../../../../i18n/use-t';
import { useFormat } from '../../../../lib/use-format';
import { useZoneNames } from '../../../../lib/zone-names';
import { DelegationStatusTag, PowerSampleTag, useLimitWords } from './power-tags';
import '../powers.css';

/**
 * One delegated power in the list: the item (name, 事项编码, 事项类型), how it came down (level,
 * 下放/委托/授权, batch and 文号), who took it up, its time limits and status, and its source.
 */
export function DelegationCard({ delegation }: { delegation: PublicPower }) {
  const { t, label } = useT();
  const names = useZoneNames();
  const format = useFormat();
  const limits = useLimitWords();
  const { item, batch, zone } = delegation;
  const isSample = delegation.isSample || item.isSample;
  const titleId = `power-title-${delegation.id}`;
  return (
    <article className="yz-case-card" data-testid={`power-${delegation.id}`} aria-labelledby={titleId}>
      <h3 id={titleId} className="yz-case-card__title">
        <Link to={`/powers/${delegation.id}`}>{item.name}</Link>
      </h3>
      <div className="yz-case-card__meta">
        <DelegationStatusTag status={delegation.status} />
        <PowerSampleTag isSample={isSample} />
        <span data-testid="power-code">
          {t('common.labelled', { label: t('publicPowers.code') })}
          <code>{item.code}</code>
        </span>
        <span className="yz-muted">· {label(POWER_ITEM_TYPE_LABELS[item.itemType])}</span>
        <span className="yz-muted">· {label(POWER_LEVEL_LABELS[batch.level])}</span>
        <span className="yz-muted">
          · {label(DELEGATION_TYPE_LABELS[delegation.delegationType])}
          {delegation.entrustmentRef ? `（${t('publicPowers.entrustmentRef')}${delegation.entrustmentRef}）` : ''}
        </span>
      </div>
      <dl className="yz-power-facts">
        <div>
          <dt>{t('publicPowers.receivingZone')}</dt>
          <dd>
            <Link to={`/zones/${zone.id}`}>{names.short(zone.id, zone.name)}</Link>
            {delegation.receivingBody && <span className="yz-muted"> · {delegation.receivingBody}</span>}
          </dd>
        </div>
        <div>
          <dt>{t('publicPowers.batch')}</dt>
          <dd>
            {batch.title} <PowerSampleTag isSample={batch.isSample} />
            <span className="yz-muted">
              {' · '}
              {batch.document ?? t('publicPowers.documentUnknown')}
              {' · '}
              {t('publicPowers.effectiveOnValue', { on: format.date(batch.effectiveOn, batch.effectivePrecision) })}
            </span>
          </dd>
        </div>
        <div>
          <dt>{t('publicPowers.timeLimits')}</dt>
          <dd>
            {t('publicPowers.limitsLine', {
              legal: limits.days(item.legalLimitDays),
              promised: limits.days(delegation.promisedLimitDays),
              rate: limits.rate(delegation.compressionRate),
            })}
          </dd>
        </div>
      </dl>
      <SourceCitation source={delegation.source ?? item.source} />
    </article>
  );
}
