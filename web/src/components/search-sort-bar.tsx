import { Alert, Form, Select } from 'antd';
import type { InnovationSort } from '../api/types';
import { useT } from '../i18n/use-t';

/**
 * The order of a searched list, and the notice that no record holds every word (the server
 * answered `match: 'partial'`); the console list and the public case library show them alike.
 * The order lives in the URL: none means relevance with words and the latest without.
 */
export function SearchSortBar({
  idPrefix,
  sort,
  hasQuery,
  partial,
  onSort,
}: {
  idPrefix: string;
  sort: InnovationSort | undefined;
  hasQuery: boolean;
  partial: boolean;
  onSort: (next: InnovationSort | undefined) => void;
}) {
  const { t } = useT();
  return (
    <>
      <Form layout="inline" className="yz-mb">
        <Form.Item label={t('search.sortLabel')} htmlFor={`${idPrefix}-sort`}>
          <Select<InnovationSort>
            id={`${idPrefix}-sort`}
            style={{ width: 160 }}
            value={sort ?? 'relevance'}
            onChange={(next) => onSort(next === 'relevance' ? undefined : next)}
            options={[
              { value: 'relevance', label: hasQuery ? t('search.sortRelevance') : t('search.sortLatest') },
              { value: 'recognized', label: t('search.sortRecognized') },
              { value: 'name', label: t('search.sortName') },
            ]}
            data-testid={`${idPrefix}-sort`}
          />
        </Form.Item>
      </Form>
      {partial && <Alert type="info" showIcon className="yz-mb" title={t('search.partial')} data-testid={`${idPrefix}-partial`} />}
    </>
  );
}
