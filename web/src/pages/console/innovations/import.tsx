import { CheckCircleOutlined, DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { Alert, Breadcrumb, Button, Card, Popconfirm, Result, Space, Statistic, Table, Tabs, Tag, Upload } from 'antd';
import { INNOVATION_DOMAIN_LABELS, INNOVATION_DOMAINS, type InnovationDomain } from '@shared/enums';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { isApiError } from '../../../api/api';
import { useCommitImport, useImportPreview, usePreviewInnovationImport } from '../../../api/imports';
import type { ImportPreview, ImportRow } from '../../../api/types';
import { EmptyState, LoadingState } from '../../../components/page-state';
import { useFormat } from '../../../i18n/use-format';
import { useT } from '../../../i18n/use-t';
import { errorDetails, errorMessage } from '../../../lib/form-errors';
import { testIdProps } from '../../../lib/test-id';
import { useQueryParams } from '../../../lib/use-query-params';

const XLSX = '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const MAX_BYTES = 10 * 1024 * 1024;

function cellText(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) return value.map(cellText).join('、');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function PreviewTable({ rows }: { rows: ImportRow[] }) {
  const { t, label } = useT();
  const domainLabel = (value: unknown) =>
    typeof value === 'string' && (INNOVATION_DOMAINS as readonly string[]).includes(value) ? label(INNOVATION_DOMAIN_LABELS[value as InnovationDomain]) : cellText(value);
  return (
    <Table<ImportRow>
      size="small"
      rowKey={(row) => `${row.sheet}-${row.rowNumber}`}
      dataSource={rows}
      pagination={rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
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
        { key: 'name', title: t('innovation.name'), width: 260, render: (_, row) => cellText(row.data.name) },
        { key: 'zone', title: t('innovation.zone'), width: 140, render: (_, row) => cellText(row.data.zoneName ?? row.data.zone ?? row.data.zoneId) },
        { key: 'domain', title: t('innovation.domain'), width: 150, render: (_, row) => domainLabel(row.data.domain) },
        {
          key: 'errors',
          title: t('import.errors'),
          render: (_, row) =>
            row.errors.length === 0 ? (
              '—'
            ) : (
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
            ),
        },
      ]}
    />
  );
}

/** 导入 Excel: upload, see every row's verdict, and commit all or nothing. The preview id stays in the URL. */
export function InnovationImportPage() {
  const { t } = useT();
  const { params, update } = useQueryParams();
  const importId = params.get('id') ?? undefined;
  const stored = useImportPreview(importId);
  const preview = usePreviewInnovationImport();
  const commit = useCommitImport();
  const [tooBig, setTooBig] = useState(false);

  const onFile = (file: File) => {
    setTooBig(file.size > MAX_BYTES);
    if (file.size > MAX_BYTES) return false;
    commit.reset();
    preview.mutate(file, { onSuccess: (data) => update({ id: data.importId }) });
    return false;
  };
  const startOver = () => {
    commit.reset();
    preview.reset();
    update({ id: null });
  };

  const data = importId ? stored.data : undefined;
  const committed = commit.data ?? (data?.status === 'committed' ? { created: data.okCount } : undefined);
  if (committed) return <Committed created={committed.created} onAgain={startOver} />;

  return (
    <div className="yz-section-stack">
      <Breadcrumb
        items={[
          { key: 'list', title: <Link to="/console/innovations">{t('console.menu.innovations')}</Link> },
          { key: 'here', title: t('innovation.import') },
        ]}
      />
      <h1 className="yz-page-title">{t('innovation.import')}</h1>
      <Card>
        <Alert
          type="info"
          showIcon
          className="yz-mb"
          title={t('import.rules')}
          description={
            <>
              {t('import.rulesDetail')}{' '}
              <a href="/api/imports/innovations/template.xlsx" download data-testid="import-template">
                <DownloadOutlined aria-hidden="true" /> {t('import.template')}
              </a>
            </>
          }
        />
        <Upload.Dragger accept={XLSX} beforeUpload={onFile} showUploadList={false} maxCount={1} disabled={preview.isPending}>
          <p className="ant-upload-drag-icon">
            <InboxOutlined aria-hidden="true" />
          </p>
          <p className="ant-upload-text">{preview.isPending ? t('import.checking', { name: preview.variables?.name ?? '' }) : t('import.drop')}</p>
          <p className="ant-upload-hint">{t('import.dropHint')}</p>
        </Upload.Dragger>
        {tooBig && <Alert className="yz-mt" type="error" showIcon role="alert" title={t('import.tooBig')} />}
        {preview.isError && (
          <Alert className="yz-mt" type="error" showIcon role="alert" title={errorMessage(preview.error)} description={errorDetails(preview.error)} data-testid="import-error" />
        )}
        {importId && stored.isError && (
          <Alert
            className="yz-mt"
            type={isApiError(stored.error, 404) ? 'warning' : 'error'}
            showIcon
            role="alert"
            title={isApiError(stored.error, 404) ? t('import.expired') : errorMessage(stored.error)}
          />
        )}
      </Card>
      {importId && stored.isPending && <LoadingState />}
      {data && <PreviewCard data={data} commitError={commit.error} committing={commit.isPending} onCommit={() => commit.mutateAsync(data.importId).catch(() => undefined)} />}
    </div>
  );
}

function Committed({ created, onAgain }: { created: number; onAgain: () => void }) {
  const { t } = useT();
  const format = useFormat();
  return (
    <Result
      status="success"
      icon={<CheckCircleOutlined />}
      title={<span data-testid="import-done">{t('import.done', { n: format.number(created) })}</span>}
      subTitle={t('import.doneHint')}
      extra={
        <Space>
          <Link to="/console/innovations?status=draft" data-testid="import-to-list">
            {t('import.toList')}
          </Link>
          <Button onClick={onAgain}>{t('import.again')}</Button>
        </Space>
      }
    />
  );
}

function PreviewCard({ data, commitError, committing, onCommit }: { data: ImportPreview; commitError: unknown; committing: boolean; onCommit: () => Promise<unknown> }) {
  const { t } = useT();
  const format = useFormat();
  const bySheet = useMemo(() => {
    const map = new Map<string, ImportRow[]>();
    for (const row of data.rows) map.set(row.sheet, [...(map.get(row.sheet) ?? []), row]);
    return map;
  }, [data]);
  const canCommit = data.errorCount === 0 && data.okCount > 0;
  const readSheets = data.sheets.filter((s) => !s.skipped);

  return (
    <Card
      title={<h2 className="yz-card-title">{t('import.preview', { name: data.fileName ?? '' })}</h2>}
      extra={
        <Popconfirm
          title={t('import.confirm', { n: format.number(data.okCount) })}
          description={t('import.confirmHint')}
          okText={t('import.commit')}
          cancelText={t('common.cancel')}
          onConfirm={onCommit}
          disabled={!canCommit}
        >
          <Button type="primary" disabled={!canCommit} loading={committing} data-testid="import-commit">
            {t('import.commit')}
          </Button>
        </Popconfirm>
      }
    >
      <Space size="large" wrap className="yz-mb" data-testid="import-counts">
        <Statistic title={t('import.okCount')} value={data.okCount} suffix={t('import.rowsUnit')} />
        <Statistic title={t('import.errorCount')} value={data.errorCount} suffix={t('import.rowsUnit')} styles={{ content: { color: data.errorCount ? '#c0262d' : undefined } }} />
        <Statistic title={t('import.sheets')} value={readSheets.length} />
        {data.expiresAt && (
          <span className="yz-muted yz-small">{t('import.expiresAt', { at: format.dateTime(data.expiresAt) })}</span>
        )}
      </Space>
      {data.errorCount > 0 ? (
        <Alert className="yz-mb" type="error" showIcon role="alert" title={t('import.hasErrors', { n: format.number(data.errorCount) })} description={t('import.allOrNothing')} />
      ) : data.okCount === 0 ? (
        <Alert className="yz-mb" type="warning" showIcon title={t('import.nothing')} />
      ) : (
        <Alert className="yz-mb" type="success" showIcon title={t('import.ready', { n: format.number(data.okCount) })} description={t('import.allOrNothing')} />
      )}
      {!!commitError && <Alert className="yz-mb" type="error" showIcon role="alert" title={errorMessage(commitError)} />}
      <Tabs
        items={data.sheets.map((sheet) => {
          const rows = bySheet.get(sheet.name) ?? [];
          const errors = rows.filter((row) => row.status === 'error').length;
          return {
            key: sheet.name,
            label: (
              <span>
                {sheet.name} <span className="yz-muted yz-small">({format.number(sheet.rows)})</span>
                {errors > 0 && <Tag color="red" className="yz-ml">{errors}</Tag>}
                {sheet.skipped && <Tag className="yz-ml">{t('import.skipped')}</Tag>}
              </span>
            ),
            children: sheet.skipped ? (
              <EmptyState description={typeof sheet.skipped === 'string' ? sheet.skipped : t('import.skippedHint')} />
            ) : (
              <div data-testid={`import-sheet-${sheet.name}`}>
                {sheet.title && <p className="yz-muted">{sheet.title}</p>}
                <PreviewTable rows={rows} />
              </div>
            ),
          };
        })}
      />
    </Card>
  );
}
