import { PrinterOutlined } from '@ant-design/icons';
import { AGGREGATION_METHOD_LABELS, RESULTS_STATUS_LABELS } from '@shared/evaluation.enums';
import { todayInChina } from '@shared/partial-date';
import { Button, Tag } from 'antd';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../../api/api';
import { usePublicResults } from '../../../api/evaluation/results';
import type { PublicResultsStage } from '../../../api/types';
import { Result } from '../../../components/lazy-result';
import { OutcomeTags, ResultEntryTitle, oneDecimal } from '../../../components/result-entry';
import { QueryState } from '../../../components/page-state';
import { useT } from '../../../i18n/use-t';
import { useFormat } from '../../../lib/use-format';
import { ObjectionForm } from './objection-form';

/**
 * 评审结果公示 on the portal (`/campaigns/:id/results`): each stage's published results — rank,
 * entry, score, advancement and award — with the 文号 and the 公示's dates, laid out as the notice
 * is printed; during the 公示, a form to object (not printed).
 */
export function PublicResultsPage() {
  const { t } = useT();
  const id = Number(useParams().id);
  const campaignId = Number.isSafeInteger(id) && id > 0 ? id : undefined;
  const results = usePublicResults(campaignId);
  const back = <Link to="/campaigns" className="yz-no-print">{t('register.back')}</Link>;
  if (campaignId === undefined || isApiError(results.error, 404)) {
    return (
      <div className="yz-container yz-section-stack">
        {back}
        <Result status="404" title={<h1 className="yz-page-title yz-page-title--flush">{t('publicResults.notFound')}</h1>} subTitle={t('publicResults.none')} />
      </div>
    );
  }
  return (
    <div className="yz-container yz-section-stack yz-notice">
      {back}
      <QueryState query={results}>
        {({ campaign, stages }) => (
          <article className="yz-notice__paper" data-testid="public-results">
            <header className="yz-notice__head">
              <h1 className="yz-notice__title">{campaign.title}</h1>
              <p className="yz-notice__subtitle">{t('publicResults.title')}</p>
              <Button className="yz-no-print" icon={<PrinterOutlined aria-hidden="true" />} onClick={() => window.print()} data-testid="results-print">
                {t('publicResults.print')}
              </Button>
            </header>
            {campaign.note && <p className="yz-notice__lead" data-testid="results-note">{campaign.note}</p>}
            {stages.some((stage) => stage.entries.some((entry) => entry.isSample)) && (
              <p className="yz-muted yz-small" role="note" data-testid="results-sample-note">{t('publicResults.sampleNote')}</p>
            )}
            {stages.map((stage) => (
              <StageNotice key={stage.stageId} stage={stage} />
            ))}
            {campaign.source && <p className="yz-muted yz-small" data-testid="results-source">{t('publicResults.source', { source: campaign.source })}</p>}
          </article>
        )}
      </QueryState>
    </div>
  );
}

function StageNotice({ stage }: { stage: PublicResultsStage }) {
  const { t, label } = useT();
  const format = useFormat();
  const { publication } = stage;
  const withCategory = stage.entries.some((entry) => entry.category !== null);
  const objecting = stage.status === 'publicizing' && todayInChina() <= publication.endsOn;
  return (
    <section className="yz-notice__stage" aria-labelledby={`stage-${stage.stageId}-title`} data-testid={`public-stage-${stage.stageId}`}>
      <h2 id={`stage-${stage.stageId}-title`} className="yz-notice__stage-title">
        {stage.name} <Tag color={stage.status === 'final' ? 'green' : 'blue'}>{label(RESULTS_STATUS_LABELS[stage.status])}</Tag>
      </h2>
      <p className="yz-notice__meta">
        <span data-testid={`public-document-${stage.stageId}`}>{t('publicResults.document', { document: publication.document })}</span>
        <span>{t('publicResults.period', { start: format.date(publication.startsOn), end: format.date(publication.endsOn) })}</span>
        <span>{t('publicResults.method', { method: label(AGGREGATION_METHOD_LABELS[stage.method]) })}</span>
      </p>
      {stage.confirmedAt && <p className="yz-notice__meta">{t('publicResults.final', { date: format.date(stage.confirmedAt.slice(0, 10)) })}</p>}
      <table className="yz-data-table yz-notice__table">
        <thead>
          <tr>
            <th scope="col">{t('results.rank')}</th>
            <th scope="col">{t('results.entry')}</th>
            {withCategory && <th scope="col">{t('publicResults.category')}</th>}
            <th scope="col" className="yz-data-table__number">{t('results.value')}</th>
            <th scope="col">{t('results.outcome')}</th>
          </tr>
        </thead>
        <tbody>
          {stage.entries.map((entry) => (
            <tr key={entry.entryId} data-testid={`public-entry-${entry.entryId}`}>
              <td>{entry.rank}</td>
              <td><ResultEntryTitle entry={entry} /></td>
              {withCategory && <td>{entry.category ?? '—'}</td>}
              <td className="yz-data-table__number">{oneDecimal(entry.value)}</td>
              <td><OutcomeTags outcome={entry} /></td>
            </tr>
          ))}
        </tbody>
      </table>
      {objecting && <ObjectionForm stage={stage} />}
    </section>
  );
}
