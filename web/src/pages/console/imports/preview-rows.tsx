import { Space, Switch, Table, Tag } from 'antd';
import type { TableColumnsType as ColumnsType } from 'antd';
import { useState } from 'react';
import { useImportRows } from '../../../api/imports';
import type { ImportRow, ImportSheet } from '../../../api/types';
import { EmptyState } from '../../../components/page-state';
import { useFormat } from '../../../lib/use-format';
import { useT } from '../../../i18n/use-t';
import { testIdProps } from '../../../lib/test-id';

const PAGE_SIZE = 50;

/** What a preview row reads as in a cell: lists joined, nothing as a dash. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) return value.map(cellText).join('、');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function ErrorList({ row }: { row: ImportRow }) {
  if (row.errors.length === 0) return <>—</>;
  return (
    <ul className="yz-import-errors">
      {row.errors.map((error, index) => (
        <li key={index}>
          <strong>
            {error.column}
            {error.cell ? `（${error.cell}）` : ''}
          </strong>
          ：{error.message}
        </li>
      ))}
    </ul>
  );
}

/**
 * One sheet's rows, a page at a time from the server (the preview answer holds only the first
 * rows of the file), with a switch to show only the rows with errors.
 */
export function PreviewRows({ importId, sheet, dataColumns }: { importId: string; sheet: ImportSheet; dataColumns: ColumnsType<ImportRow> }) {
  const { t } = useT();
  const format = useFormat();
  const [page, setPage] = useState(1);
  const [onlyErrors, setOnlyErrors] = useState(false);
  const rows = useImportRows(importId, { sheet: sheet.name, status: onlyErrors ? 'error' : undefined, page, pageSize: PAGE_SIZE });
  const errorRows = sheet.errorRows ?? 0;
  return (
    <>
      {errorRows > 0 && (
        <Space wrap className="yz-mb">
          <Switch
            checked={onlyErrors}
            onChange={(checked) => {
              setOnlyErrors(checked);
              setPage(1);
            }}
            data-testid={`import-only-errors-${sheet.name}`}
            aria-label={t('import.onlyErrors')}
          />
          <span>{t('import.onlyErrors')}</span>
          {(sheet.errorColumns ?? []).length > 0 && (
            <span className="yz-muted yz-small" data-testid={`import-error-columns-${sheet.name}`}>
              {t('import.errorColumns')}：
              {(sheet.errorColumns ?? []).map((c) => (
                <Tag key={c.column} color="red">
                  {t('import.errorColumnRows', { column: c.column, n: format.number(c.rows) })}
                </Tag>
              ))}
            </span>
          )}
        </Space>
      )}
      <Table<ImportRow>
        size="small"
        rowKey={(row) => `${row.sheet}-${row.rowNumber}`}
        dataSource={rows.data?.items ?? []}
        loading={rows.isFetching}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: rows.data?.total ?? 0,
          showSizeChanger: false,
          hideOnSinglePage: true,
          onChange: setPage,
        }}
        scroll={{ x: 1000 }}
        locale={{ emptyText: <EmptyState /> }}
        onRow={(row) => testIdProps(`import-row-${row.rowNumber}`)}
        rowClassName={(row) => (row.status === 'error' ? 'yz-row-error' : '')}
        columns={[
          { key: 'row', title: t('import.rowNumber'), width: 70, render: (_, row) => row.rowNumber },
          {
            key: 'status',
            title: t('import.rowStatus'),
            width: 90,
            render: (_, row) => (row.status === 'ok' ? <Tag color="green">{t('import.ok')}</Tag> : <Tag color="red">{t('import.error')}</Tag>),
          },
          ...dataColumns,
          { key: 'errors', title: t('import.errors'), render: (_, row) => <ErrorList row={row} /> },
        ]}
      />
    </>
  );
}
