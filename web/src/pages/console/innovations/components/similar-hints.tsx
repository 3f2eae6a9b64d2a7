import { Alert, Card, Progress, Spin } from 'antd';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { useSimilarInnovations } from '../../../../api/innovations';
import type { SimilarCheckBody, SimilarInnovation } from '../../../../api/types';
import { InnovationStatusTag } from '../../../../components/innovation-status-tag';
import { useT } from '../../../../i18n/use-t';
import { errorMessage } from '../../../../lib/form-errors';
import { formatScore } from '../../../../lib/score';
import { useZoneNames } from '../../../../lib/zone-names';

const DEBOUNCE_MS = 600;
const MIN_NAME = 4;

/** Waits until typing pauses before the value is used. */
function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  const key = JSON.stringify(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(JSON.parse(key) as T), ms);
    return () => clearTimeout(timer);
  }, [key, ms]);
  return debounced;
}

export function SimilarList({ items, testId }: { items: SimilarInnovation[]; testId: string }) {
  const { t, lang } = useT();
  const zoneNames = useZoneNames();
  return (
    <ol className="yz-similar" data-testid={testId}>
      {items.map((item) => (
        <li key={item.id} className="yz-similar__item">
          <Link to={`/console/innovations/${item.id}`} target="_blank">
            {item.name}
          </Link>
          <div className="yz-similar__meta">
            <span className="yz-muted yz-small">{zoneNames.named(item.zoneName)}</span>
            <InnovationStatusTag status={item.status} />
          </div>
          <div className="yz-similar__score">
            <Progress
              percent={Math.round(Math.min(1, Math.max(0, item.score)) * 100)}
              size="small"
              showInfo={false}
              strokeColor={item.score >= 0.6 ? '#c0262d' : item.score >= 0.3 ? '#d46b08' : undefined}
              aria-hidden="true"
            />
            <span className="yz-small">{t('innovation.similarity', { score: formatScore(item.score, lang) })}</span>
          </div>
        </li>
      ))}
    </ol>
  );
}

/** 相似成果: while the name and measures are typed, near-duplicates the user may see, best first. */
export function SimilarHints({ text, excludeId }: { text: { name?: string; measures?: string; painPoint?: string }; excludeId?: number }) {
  const { t } = useT();
  const debounced = useDebounced(text, DEBOUNCE_MS);
  const name = debounced.name?.trim() ?? '';
  const body: SimilarCheckBody | null =
    name.length >= MIN_NAME || (debounced.measures?.trim().length ?? 0) >= 10
      ? {
          name: name.slice(0, 200),
          measures: debounced.measures?.trim().slice(0, 4000) || undefined,
          painPoint: debounced.painPoint?.trim().slice(0, 4000) || undefined,
          excludeId,
        }
      : null;
  const similar = useSimilarInnovations(body);

  return (
    <Card
      size="small"
      className="yz-sticky-card"
      title={
        <h2 className="yz-card-title">
          {t('innovation.similar')} {similar.isFetching && <Spin size="small" />}
        </h2>
      }
    >
      <div aria-live="polite">
        {body === null ? (
          <p className="yz-muted yz-small">{t('innovation.similarIdle')}</p>
        ) : similar.isError ? (
          <Alert type="warning" showIcon title={t('innovation.similarFailed')} description={errorMessage(similar.error)} />
        ) : similar.data && similar.data.length > 0 ? (
          <>
            <p className="yz-small">{t('innovation.similarFound', { n: similar.data.length })}</p>
            <SimilarList items={similar.data} testId="similar-hints" />
          </>
        ) : similar.data ? (
          <p className="yz-muted yz-small" data-testid="similar-none">{t('innovation.similarNone')}</p>
        ) : null}
      </div>
    </Card>
  );
}
