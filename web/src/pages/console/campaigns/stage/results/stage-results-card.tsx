import { DownloadOutlined, SaveOutlined } from '@ant-design/icons';
import { AGGREGATION_METHOD_LABELS } from '@shared/evaluation.enums';
import { Alert, App, Button, Card, Col, Form, Popconfirm, Row, Select, Space } from 'antd';
import { useState } from 'react';
import { isApiError } from '../../../../../api/api';
import { resultsXlsxUrl, useResultsAnalysis, useResultsComparison, useResultsRecord, useSaveResults, useStageResults } from '../../../../../api/evaluation/results';
import type { AggregationMethod, CampaignStage } from '../../../../../api/types';
import { ErrorState } from '../../../../../components/page-state';
import { useT } from '../../../../../i18n/use-t';
import { errorMessage } from '../../../../../lib/form-errors';
import { MethodChanges } from './method-changes';
import { ResultsAnalysisPanel } from './results-analysis';
import { ResultsTable } from './results-table';

/** A stage has results once its scoring has ended. */
export const RESULTS_STAGE_STATUSES: readonly CampaignStage['status'][] = ['closed', 'published'];

/**
 * 评审结果: the organiser picks a method (among those the stage's sheets allow) and the tie-break
 * criteria, sees the ranking, optionally a second method beside it with what changes, and the
 * panel's analysis; then saves the chosen method as the pending results. The API answers 403 to
 * anyone but the organiser, and the card then stays away.
 */
export function StageResultsCard({ stage }: { stage: CampaignStage }) {
  const { t, label, lang } = useT();
  const { message } = App.useApp();
  const ended = RESULTS_STAGE_STATUSES.includes(stage.status);
  const record = useResultsRecord(stage.id, ended);
  const [chosen, setChosen] = useState<AggregationMethod | null>(null);
  const [other, setOther] = useState<AggregationMethod | null>(null);
  const [tieBreak, setTieBreak] = useState<number[] | null>(null);
  const saved = record.data?.record;
  // Until the organiser picks, the page shows what was saved (or the mean).
  const method = chosen ?? saved?.method ?? 'mean';
  const criteria = tieBreak ?? saved?.tieBreak ?? [];
  const preview = useStageResults(stage.id, method, criteria, ended);
  const comparison = useResultsComparison(stage.id, method, other ?? method, criteria, ended && other !== null);
  // The second method's table: the same query as the first, asked only while a comparison is shown.
  const otherData = useStageResults(stage.id, other ?? method, criteria, ended && other !== null);
  const analysis = useResultsAnalysis(stage.id, method, criteria, ended);
  const save = useSaveResults(stage.id);

  if (isApiError(preview.error, 403) || isApiError(record.error, 403)) return null;
  const title = <h2 className="yz-card-title">{t('results.title')}</h2>;
  if (!ended) {
    return (
      <Card title={title} data-testid="stage-results">
        <p className="yz-muted">{t('results.notYet')}</p>
      </Card>
    );
  }
  const data = preview.data;
  const methodName = (value: AggregationMethod) => label(AGGREGATION_METHOD_LABELS[value]);
  // Until the server answers, the current method alone (so the picker never shows a bare code).
  const offered = data?.methods ?? [method];
  const methodOptions = offered.map((value) => ({ value, label: methodName(value) }));
  const criterionName = (criterion: CampaignStage['criteria'][number]) => (lang === 'en' && criterion.nameEn ? criterion.nameEn : criterion.nameZh);
  const canSave = record.data?.abilities.compute ?? false;

  return (
    <Card
      title={title}
      extra={
        <Space wrap>
          {data && <span className="yz-muted" data-testid="results-sheets">{t('results.sheets', { judges: data.judgeCount, sheets: data.sheetCount })}</span>}
          {/* The export is of the saved results: offered once there are some. */}
          {saved && (
            <Button icon={<DownloadOutlined aria-hidden="true" />} href={resultsXlsxUrl(stage.id)} download data-testid="export-results">
              {t('results.export')}
            </Button>
          )}
        </Space>
      }
      data-testid="stage-results"
    >
      <div className="yz-section-stack">
        <p className="yz-muted">{t('results.lead')}</p>
        <Form layout="vertical" className="yz-results-controls">
          <Row gutter={16}>
            <Col xs={24} md={8}>
              <Form.Item label={t('results.method')} htmlFor="results-method">
                <Select id="results-method" value={method} options={methodOptions} onChange={(value: AggregationMethod) => {
                    setChosen(value);
                    // A method is not compared with itself.
                    if (value === other) setOther(null);
                  }}
                  data-testid="results-method" />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item label={t('results.compareWith')} htmlFor="results-compare">
                <Select
                  id="results-compare"
                  value={other ?? ''}
                  options={[{ value: '', label: t('results.compareNone') }, ...methodOptions.filter((option) => option.value !== method)]}
                  onChange={(value: AggregationMethod | '') => setOther(value === '' ? null : value)}
                  data-testid="results-compare"
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item label={t('results.tieBreak')} htmlFor="results-tie-break" extra={t('results.tieBreakHint')}>
                <Select
                  id="results-tie-break"
                  mode="multiple"
                  allowClear
                  value={criteria}
                  options={stage.criteria.map((criterion) => ({ value: criterion.id, label: criterionName(criterion) }))}
                  onChange={setTieBreak}
                  data-testid="results-tie-break"
                />
              </Form.Item>
            </Col>
          </Row>
        </Form>
        {saved && saved.status !== 'pending' && <Alert type="info" showIcon title={t('results.viewOnly')} data-testid="results-view-only" />}
        {data && !data.methods.includes('trimmed_mean') && <Alert type="info" showIcon title={t('results.trimmedUnavailable')} />}
        {preview.isError ? (
          <ErrorState error={preview.error} onRetry={() => void preview.refetch()} />
        ) : (
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={other ? 12 : 24}>
              <ResultsTable items={data?.items ?? []} loading={preview.isFetching} compact={other !== null} caption={t('results.tableOf', { method: methodName(method) })} testId="results-table" />
            </Col>
            {other && (
              <Col xs={24} xl={12}>
                <ResultsTable items={otherData.data?.items ?? []} loading={otherData.isFetching} caption={t('results.tableOf', { method: methodName(other) })} testId="results-table-other" compact />
              </Col>
            )}
          </Row>
        )}
        {other && comparison.data && <MethodChanges comparison={comparison.data} />}
        {comparison.isError && <ErrorState error={comparison.error} onRetry={() => void comparison.refetch()} />}
        {analysis.data && <ResultsAnalysisPanel analysis={analysis.data} />}
        {canSave && (
          <Space>
            <Popconfirm
              title={t('results.saveConfirm', { method: methodName(method) })}
              okText={t('common.save')}
              cancelText={t('common.cancel')}
              onConfirm={() =>
                save.mutate(
                  { method, tieBreak: criteria },
                  { onSuccess: () => void message.success(t('results.saved')), onError: (error) => void message.error(errorMessage(error)) },
                )
              }
            >
              <Button type="primary" icon={<SaveOutlined aria-hidden="true" />} loading={save.isPending} disabled={!data} data-testid="results-save">
                {t('results.save')}
              </Button>
            </Popconfirm>
          </Space>
        )}
      </div>
    </Card>
  );
}

