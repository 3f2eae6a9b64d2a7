import { Button, Empty, Spin } from 'antd';
import type { ReactNode } from 'react';
import { useT } from '../i18n/use-t';
import { errorMessage } from '../lib/form-errors';
import { Result } from './lazy-result';

export function LoadingState({ minHeight = 160 }: { minHeight?: number }) {
  const { t } = useT();
  return (
    <div className="yz-state" style={{ minHeight }} role="status" aria-live="polite">
      <Spin />
      <span className="yz-visually-hidden">{t('common.loading')}</span>
    </div>
  );
}

export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useT();
  return (
    <Result
      status="error"
      title={t('common.error')}
      subTitle={<span role="alert">{errorMessage(error)}</span>}
      extra={onRetry ? <Button onClick={onRetry}>{t('common.retry')}</Button> : undefined}
    />
  );
}

export function EmptyState({ description }: { description?: ReactNode }) {
  const { t } = useT();
  return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={description ?? t('common.empty')} />;
}

type QueryLike<T> = {
  data: T | undefined;
  isPending: boolean;
  isError: boolean;
  error: unknown;
  refetch: () => unknown;
};

/** Loading → error (with retry) → content, the same way on every page. */
export function QueryState<T>({
  query,
  children,
  minHeight,
}: {
  query: QueryLike<T>;
  children: (data: T) => ReactNode;
  minHeight?: number;
}) {
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  if (query.isPending || query.data === undefined) return <LoadingState minHeight={minHeight} />;
  return <>{children(query.data)}</>;
}
