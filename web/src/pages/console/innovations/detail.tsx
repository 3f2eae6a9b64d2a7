import { ExportOutlined } from '@ant-design/icons';
import { Alert, Breadcrumb, Card, Col, Result, Row } from 'antd';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../../api/api';
import { useInnovation } from '../../../api/innovations';
import type { InnovationDetail } from '../../../api/types';
import { AttachmentList } from '../../../components/attachment-list';
import { useCurrentUser } from '../../../components/current-user';
import { InnovationEvents } from '../../../components/innovation-events';
import { InnovationFacts, InnovationStory } from '../../../components/innovation-facts';
import { InnovationStatusTag, SampleTag } from '../../../components/innovation-status-tag';
import { EmptyState, ErrorState, LoadingState } from '../../../components/page-state';
import { useFormat } from '../../../lib/use-format';
import { useT } from '../../../i18n/use-t';
import { AdoptionsCard } from './components/adoptions-card';
import { InnovationActions } from './components/innovation-actions';
import { SourceCitation } from '../../../components/source-citation';
import { SimilarList } from './components/similar-hints';

function Decision({ on, precision, document, batch }: { on: string | null; precision?: 'day' | 'month' | 'year' | null; document: string | null; batch?: string | null }) {
  const format = useFormat();
  const { t } = useT();
  return (
    <span>
      {format.date(on, precision)}
      {document && <> · {document}</>}
      {batch && <> · {t('innovation.batchValue', { batch })}</>}
    </span>
  );
}

/** 成果详情: facts, story, the actions the viewer may take, timeline, adoptions, attachments, similar ones. */
export function InnovationDetailPage() {
  const { t } = useT();
  const params = useParams();
  const id = Number(params.id);
  const validId = Number.isInteger(id) && id > 0 ? id : undefined;
  const detail = useInnovation(validId);

  if (validId === undefined || isApiError(detail.error, 404)) {
    return <Result status="404" title={t('innovation.notFound')} extra={<Link to="/console/innovations">{t('console.menu.innovations')}</Link>} />;
  }
  if (detail.isError) return <ErrorState error={detail.error} onRetry={() => void detail.refetch()} />;
  if (!detail.data) return <LoadingState minHeight={320} />;
  return <DetailView data={detail.data} />;
}

function DetailView({ data }: { data: InnovationDetail }) {
  const { t } = useT();
  const format = useFormat();
  const me = useCurrentUser();
  const { innovation, events, adoptions, attachments, similar } = data;
  const isReviewer = me.role === 'province_admin';
  // Returned or rejected: the reviewer's words belong at the top, not only in the timeline.
  const verdict = ['returned', 'rejected', 'withdrawn'].includes(innovation.status)
    ? [...events].reverse().find((event) => event.toStatus === innovation.status && event.comment)
    : undefined;

  return (
    <div className="yz-section-stack" data-testid={`innovation-detail-${innovation.id}`}>
      <Breadcrumb
        items={[
          { key: 'list', title: <Link to="/console/innovations">{t('console.menu.innovations')}</Link> },
          { key: 'here', title: innovation.name },
        ]}
      />
      <div className="yz-page-head">
        <h1 className="yz-page-title">
          {innovation.name} <InnovationStatusTag status={innovation.status} />
          <SampleTag isSample={innovation.isSample} />
        </h1>
        <InnovationActions innovation={innovation} />
      </div>
      {verdict && (
        <Alert
          type={innovation.status === 'rejected' ? 'error' : 'warning'}
          showIcon
          data-testid="innovation-verdict"
          title={t(innovation.status === 'returned' ? 'innovation.comment.return' : innovation.status === 'rejected' ? 'innovation.comment.reject' : 'innovation.comment.withdraw')}
          description={<span className="yz-prose">{verdict.comment}</span>}
        />
      )}
      <Row gutter={[16, 16]} align="top">
        <Col xs={24} xl={16} className="yz-section-stack">
          <Card
            title={<h2 className="yz-card-title">{t('innovation.facts')}</h2>}
            extra={
              innovation.isPublished && (
                <Link to={`/cases/${innovation.id}`} target="_blank">
                  <ExportOutlined aria-hidden="true" /> {t('innovation.viewPublic')}
                </Link>
              )
            }
          >
            <InnovationFacts
              innovation={innovation}
              zoneHref={`/console/zones?zone=${innovation.zoneId}`}
              extra={[
                { key: 'status', label: t('innovation.status'), children: <InnovationStatusTag status={innovation.status} /> },
                ...(innovation.recognition
                  ? [{ key: 'recognition', label: t('innovation.recognition'), children: <Decision {...innovation.recognition} /> }]
                  : []),
                ...(innovation.provinceReplication
                  ? [{ key: 'province', label: t('innovation.provinceReplication'), children: <Decision {...innovation.provinceReplication} /> }]
                  : []),
                ...(innovation.nationReplication
                  ? [{ key: 'nation', label: t('innovation.nationReplication'), children: <Decision {...innovation.nationReplication} /> }]
                  : []),
                { key: 'adoptions', label: t('innovation.adoptionCount'), children: format.count(innovation.adoptionCount) },
                { key: 'updated', label: t('platform.updatedAt'), children: format.dateTime(innovation.updatedAt) },
              ]}
            />
            <div className="yz-mt">
              <InnovationStory innovation={innovation} headingLevel={3} />
            </div>
            <SourceCitation source={innovation.source} note={innovation.sourceNote} label={t('innovation.source')} />
          </Card>
          {(innovation.isPublished || adoptions.length > 0) && <AdoptionsCard innovation={innovation} adoptions={adoptions} />}
          <Card title={<h2 className="yz-card-title">{t('attachment.title')}</h2>}>
            <AttachmentList attachments={attachments} target={{ kind: 'innovation', id: innovation.id }} manage={innovation.abilities.attach} />
          </Card>
        </Col>
        <Col xs={24} xl={8} className="yz-section-stack">
          <Card title={<h2 className="yz-card-title" id="innovation-events-title">{t('innovation.timeline')}</h2>}>
            <section aria-labelledby="innovation-events-title" data-testid="innovation-timeline">
              <InnovationEvents events={events} />
            </section>
          </Card>
          {(isReviewer || similar.length > 0) && (
            <Card title={<h2 className="yz-card-title">{t('innovation.similar')}</h2>}>
              {similar.length > 0 ? (
                <>
                  <p className="yz-muted yz-small">{t('innovation.similarReviewHint')}</p>
                  <SimilarList items={similar} testId="detail-similar" />
                </>
              ) : (
                <EmptyState description={t('innovation.similarNone')} />
              )}
            </Card>
          )}
        </Col>
      </Row>
    </div>
  );
}
