import { CheckCircleOutlined, NotificationOutlined, UndoOutlined } from '@ant-design/icons';
import { AGGREGATION_METHOD_LABELS, RESULTS_STATUS_LABELS, type ResultsStatus } from '@shared/evaluation.enums';
import { Alert, App, Button, Card, Descriptions, Popconfirm, Space, Tag } from 'antd';
import { todayInChina } from '@shared/partial-date';
import { useState } from 'react';
import { isApiError } from '../../../../../api/api';
import { useConfirmResults, useResultsRecord } from '../../../../../api/evaluation/results';
import type { CampaignStage, ResultsRecord } from '../../../../../api/types';
import { ErrorState, LoadingState } from '../../../../../components/page-state';
import { useT } from '../../../../../i18n/use-t';
import { errorMessage } from '../../../../../lib/form-errors';
import { useFormat } from '../../../../../lib/use-format';
import { ObjectionList } from './objection-list';
import { PublishDialog } from './publish-dialog';
import { ReopenDialog } from './reopen-dialog';
import { RESULTS_STAGE_STATUSES } from './stage-results-card';

const STATUS_COLORS: Record<ResultsStatus, string> = { pending: 'default', publicizing: 'blue', final: 'green' };

/**
 * 结果与公示: the saved results' status (待发布 / 公示中 / 已确认), the publication (文号, the 公示's
 * days as the server computed them), the objections and their answers, and the next step the
 * record allows: 发布结果, 确认结果, or 重新开放 once an objection is upheld.
 */
export function PublicityCard({ stage }: { stage: CampaignStage }) {
  const { t } = useT();
  const ended = RESULTS_STAGE_STATUSES.includes(stage.status);
  const record = useResultsRecord(stage.id, ended);
  if (!ended || isApiError(record.error, 403)) return null;
  const title = <h2 className="yz-card-title">{t('results.record')}</h2>;
  return (
    <Card title={title} data-testid="results-record">
      {record.isError ? (
        <ErrorState error={record.error} onRetry={() => void record.refetch()} />
      ) : !record.data ? (
        <LoadingState minHeight={120} />
      ) : !record.data.record ? (
        <p className="yz-muted" data-testid="results-record-none">{t('results.recordNone')}</p>
      ) : (
        <RecordBody stageId={stage.id} record={record.data.record} abilities={record.data.abilities} />
      )}
    </Card>
  );
}

function RecordBody({ stageId, record, abilities }: { stageId: number; record: ResultsRecord; abilities: { answerObjections: boolean; publish: boolean; confirm: boolean; reopen: boolean } }) {
  const { t, label } = useT();
  const format = useFormat();
  const { message } = App.useApp();
  const [dialog, setDialog] = useState<'publish' | 'reopen' | null>(null);
  const confirm = useConfirmResults(stageId);
  const publication = record.publication;
  const upheld = record.objections.some((objection) => objection.upheld === true);
  // The record's abilities say who may confirm; when is the 公示's rule (the server checks it too):
  // after its last day, every objection answered and none upheld.
  const confirmable =
    abilities.confirm && !!publication && todayInChina() > publication.endsOn && record.objections.every((objection) => objection.answeredAt !== null && objection.upheld === false);
  return (
    <div className="yz-section-stack">
      <Descriptions
        column={{ xs: 1, md: 2 }}
        items={[
          { key: 'status', label: t('results.status'), children: <Tag color={STATUS_COLORS[record.status]} data-testid="results-status">{label(RESULTS_STATUS_LABELS[record.status])}</Tag> },
          { key: 'method', label: t('results.savedMethod'), children: label(AGGREGATION_METHOD_LABELS[record.method]) },
          { key: 'computed', label: t('results.computedAt'), children: format.dateTime(record.computedAt) },
          ...(publication
            ? [
                { key: 'document', label: t('results.document'), children: <span data-testid="results-document">{publication.document}</span> },
                { key: 'published', label: t('results.publishedAt'), children: format.dateTime(publication.publishedAt) },
                {
                  key: 'period',
                  label: t('results.publicity'),
                  children: <span data-testid="results-period">{t('results.publicityDays', { start: format.date(publication.startsOn), end: format.date(publication.endsOn), n: publication.workingDays })}</span>,
                },
              ]
            : []),
          ...(record.confirmedAt ? [{ key: 'confirmed', label: t('results.confirmedAt'), children: format.dateTime(record.confirmedAt) }] : []),
        ]}
      />
      <Space wrap>
        {abilities.publish && (
          <Button type="primary" icon={<NotificationOutlined aria-hidden="true" />} onClick={() => setDialog('publish')} data-testid="results-publish">
            {t('results.publish')}
          </Button>
        )}
        {record.status === 'publicizing' && (
          <Popconfirm
            title={t('results.confirmConfirm')}
            okText={t('results.confirm')}
            cancelText={t('common.cancel')}
            disabled={!confirmable}
            onConfirm={() => confirm.mutate({}, { onSuccess: () => void message.success(t('results.confirmed')), onError: (error) => void message.error(errorMessage(error)) })}
          >
            <Button icon={<CheckCircleOutlined aria-hidden="true" />} disabled={!confirmable} loading={confirm.isPending} data-testid="results-confirm">
              {t('results.confirm')}
            </Button>
          </Popconfirm>
        )}
        {abilities.reopen && upheld && (
          <Button danger icon={<UndoOutlined aria-hidden="true" />} onClick={() => setDialog('reopen')} data-testid="results-reopen">
            {t('results.reopen')}
          </Button>
        )}
      </Space>
      {record.status === 'publicizing' && !confirmable && <Alert type="info" showIcon title={t('results.confirmWait')} />}
      {(publication || record.objections.length > 0) && <ObjectionList stageId={stageId} record={record} canAnswer={abilities.answerObjections} />}
      {dialog === 'publish' && <PublishDialog stageId={stageId} onClose={() => setDialog(null)} />}
      {dialog === 'reopen' && <ReopenDialog stageId={stageId} onClose={() => setDialog(null)} />}
    </div>
  );
}
