import { CheckCircleOutlined, DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import type { QueryClient } from '@tanstack/react-query';
import { Alert, Breadcrumb, Button, Card, Popconfirm, Result, Space, Statistic, Tabs, Tag, Upload } from 'antd';
import type { TableColumnsType as ColumnsType } from 'antd';
import { type ReactNode, useState } from 'react';
import { Link } from 'react-router';
import { isApiError } from '../../../api/api';
import { useCommitImport, useCommitJob, useImportPreview, usePreviewImport } from '../../../api/imports';
import type { Job } from '../../../api/jobs';
import type { ImportPreview, ImportRow } from '../../../api/types';
import { JobProgressView } from '../../../components/job-progress';
import { EmptyState, LoadingState } from '../../../components/page-state';
import { useFormat } from '../../../lib/use-format';
import type { DictKey } from '../../../i18n/dictionary';
import { useT } from '../../../i18n/use-t';
import { errorDetails, errorMessage } from '../../../lib/form-errors';
import { useQueryParams } from '../../../lib/use-query-params';
import { PreviewRows } from './preview-rows';

const XLSX = '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const MAX_BYTES = 10 * 1024 * 1024;

export type ImportPageProps = {
  /** The import kind: /api/imports/<kind>/preview and template.xlsx. */
  kind: string;
  title: string;
  /** The list the import adds to, for the breadcrumb. */
  parent: { to: string; label: string };
  /** The kind's own columns of a preview row, between the verdict and the errors. */
  dataColumns: ColumnsType<ImportRow>;
  /** Where the created records are listed after the commit. */
  doneTo: string;
  invalidate: (queryClient: QueryClient) => void;
  /** What the kind asks for beside the file (fields above the upload), sent with the preview; the upload waits until `ready`. */
  extra?: { fields: ReactNode; query: Record<string, string>; ready: boolean };
  /** The kind's own wording where the engine's speaks of innovations (rules, confirm, done); {n} is the row count. */
  wording?: Partial<Record<Wording, DictKey>>;
};

type Wording = 'rulesDetail' | 'confirm' | 'done' | 'doneHint' | 'toList';
const WORDING: Record<Wording, DictKey> = { rulesDetail: 'import.rulesDetail', confirm: 'import.confirm', done: 'import.done', doneHint: 'import.doneHint', toList: 'import.toList' };

/**
 * 导入 Excel: upload, see every row's verdict page by page, and commit all or nothing. The commit
 * runs as a job; the preview id and the job id stay in the URL (?id=…&job=…), so leaving and
 * coming back shows the batch and its job where they stand.
 */
export function ImportPage({ kind, title, parent, dataColumns, doneTo, invalidate, extra, wording = {} }: ImportPageProps) {
  const words = { ...WORDING, ...wording };
  const { t } = useT();
  const { params, update } = useQueryParams();
  const importId = params.get('id') ?? undefined;
  const stored = useImportPreview(importId);
  const preview = usePreviewImport(kind, extra?.query);
  const commit = useCommitImport();
  const [tooBig, setTooBig] = useState(false);
  const data = importId ? stored.data : undefined;
  const jobParam = params.get('job');
  // A batch still committing names its job, for a URL that lost ?job=.
  const jobId = jobParam && /^\d+$/.test(jobParam) ? Number(jobParam) : data?.status === 'committing' ? (data.commitJobId ?? undefined) : undefined;
  const job = useCommitJob(importId, jobId, invalidate);

  const onFile = (file: File) => {
    setTooBig(file.size > MAX_BYTES);
    if (file.size > MAX_BYTES) return false;
    commit.reset();
    preview.mutate(file, { onSuccess: (answer) => update({ id: answer.importId, job: null }) });
    return false;
  };
  const startOver = () => {
    commit.reset();
    preview.reset();
    update({ id: null, job: null });
  };

  if (data?.status === 'committed') return <Committed created={data.createdIds.length} doneTo={doneTo} onAgain={startOver} words={words} />;

  return (
    <div className="yz-section-stack">
      <Breadcrumb
        items={[
          { key: 'list', title: <Link to={parent.to}>{parent.label}</Link> },
          { key: 'here', title },
        ]}
      />
      <h1 className="yz-page-title">{title}</h1>
      <Card>
        <Alert
          type="info"
          showIcon
          className="yz-mb"
          title={t('import.rules')}
          description={
            <>
              {t(words.rulesDetail)}{' '}
              <a className="yz-inline-link" href={`/api/imports/${encodeURIComponent(kind)}/template.xlsx`} download data-testid="import-template">
                <DownloadOutlined aria-hidden="true" /> {t('import.template')}
              </a>
            </>
          }
        />
        {extra?.fields}
        <Upload.Dragger accept={XLSX} beforeUpload={onFile} showUploadList={false} maxCount={1} disabled={preview.isPending || (extra !== undefined && !extra.ready)}>
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
      {data && (
        <PreviewCard
          data={data}
          dataColumns={dataColumns}
          confirmKey={words.confirm}
          commitError={commit.error}
          committing={commit.isPending || data.status === 'committing'}
          job={job.data}
          onCommit={() =>
            commit
              .mutateAsync(data.importId)
              .then(({ batch }) => update({ job: batch.commitJobId }))
              .catch(() => undefined)
          }
        />
      )}
    </div>
  );
}

function Committed({ created, doneTo, onAgain, words }: { created: number; doneTo: string; onAgain: () => void; words: Record<Wording, DictKey> }) {
  const { t } = useT();
  const format = useFormat();
  return (
    <Result
      status="success"
      icon={<CheckCircleOutlined />}
      title={<span data-testid="import-done">{t(words.done, { n: format.number(created) })}</span>}
      subTitle={t(words.doneHint)}
      extra={
        <Space>
          <Link to={doneTo} data-testid="import-to-list">
            {t(words.toList)}
          </Link>
          <Button onClick={onAgain}>{t('import.again')}</Button>
        </Space>
      }
    />
  );
}

type PreviewCardProps = {
  data: ImportPreview;
  dataColumns: ColumnsType<ImportRow>;
  confirmKey: DictKey;
  /** The commit step's refusal (400/409). */
  commitError: unknown;
  committing: boolean;
  /** The commit job, once there is one. */
  job: Job | undefined;
  onCommit: () => Promise<unknown>;
};

function PreviewCard({ data, dataColumns, confirmKey, commitError, committing, job, onCommit }: PreviewCardProps) {
  const { t } = useT();
  const format = useFormat();
  const canCommit = data.status === 'previewed' && data.errorCount === 0 && data.okCount > 0;
  // The job's refusal, kept on the batch with the rows it names (the job itself keeps only the message).
  const jobRefusal = data.status === 'previewed' ? data.commitError : null;
  const readSheets = data.sheets.filter((s) => !s.skipped);

  return (
    <Card
      title={<h2 className="yz-card-title">{t('import.preview', { name: data.fileName ?? '' })}</h2>}
      extra={
        <Popconfirm
          title={t(confirmKey, { n: format.number(data.okCount) })}
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
      {job && <div className="yz-mb" data-testid="import-job">{<JobProgressView job={job} />}</div>}
      {!!commitError && <Alert className="yz-mb" type="error" showIcon role="alert" title={errorMessage(commitError)} description={errorDetails(commitError)} />}
      {jobRefusal && (
        <Alert
          className="yz-mb"
          type="error"
          showIcon
          role="alert"
          data-testid="import-commit-error"
          title={jobRefusal.message}
          description={jobRefusal.fields.length > 0 ? jobRefusal.fields.map((field) => `${field.path}：${field.message}`).join('；') : undefined}
        />
      )}
      <Tabs
        items={data.sheets.map((sheet) => {
          const errors = sheet.errorRows ?? 0;
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
                <PreviewRows key={data.importId} importId={data.importId} sheet={sheet} dataColumns={dataColumns} />
              </div>
            ),
          };
        })}
      />
    </Card>
  );
}
