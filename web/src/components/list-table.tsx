import { Table, type TableProps } from 'antd';
import type { ReactNode } from 'react';
import { testIdProps } from '../lib/test-id';
import { EmptyState } from './page-state';

type Row = { id: number };

/**
 * The console's record lists set up one way: rows keyed by id, a test id per row, the shared
 * empty state (with the list's own words), and the page's pagination from `usePageParams`.
 * Loading keeps the previous rows visible under antd's spinner.
 */
export function ListTable<T extends Row>({
  rowTestId,
  empty,
  ...props
}: Omit<TableProps<T>, 'rowKey' | 'onRow' | 'locale'> & {
  /** The row's test id (`platform-row-12`). */
  rowTestId: (row: T) => string;
  /** What an empty list says; the generic "no data" without it. */
  empty?: ReactNode;
}) {
  return (
    <Table<T>
      rowKey="id"
      size="middle"
      locale={{ emptyText: <EmptyState description={empty} /> }}
      onRow={(row) => testIdProps(rowTestId(row))}
      {...props}
    />
  );
}
