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

/**
 * A list's rows stay on screen while it refetches (a new page, a new filter); only a failure with
 * nothing to show yet replaces them with the error and a retry.
 */
export function ListQueryState<T>({ query, children }: { query: QueryLike<T>; children: ReactNode }) {
  if (query.isError && query.data === undefined) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  return <>{children}</>;
}

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
