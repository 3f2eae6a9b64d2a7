import { PaperClipOutlined } from '@ant-design/icons';
import { Breadcrumb, Card, Col, Result, Row, Table } from 'antd';
import { INNOVATION_STATUS_LABELS } from '@shared/innovations.enums';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../../api/api';
import { attachmentUrl, useDiffusion, usePublicInnovation } from '../../../api/innovations';
import type { Milestone, PublicAdoption, PublicInnovationDetail } from '../../../api/types';
import { DiffusionChart } from '../../../components/diffusion-chart';
import { InnovationFacts, InnovationStory } from '../../../components/innovation-facts';
import { InnovationStatusTag, SampleTag } from '../../../components/innovation-status-tag';
import { EmptyState, ErrorState, LoadingState, QueryState } from '../../../components/page-state';
import { useFormat } from '../../../lib/use-format';
import { useT } from '../../../i18n/use-t';
import { SourceCitation } from '../../../components/source-citation';
import { useZoneNames } from '../../../lib/zone-names';
import { testIdProps } from '../../../lib/test-id';

/** 案例页: the case as published, its recognition and replication, and where it has been adopted. */
export function CasePage() {
  const { t } = useT();
  const params = useParams();
  const id = Number(params.id);
  const validId = Number.isInteger(id) && id > 0 ? id : undefined;
  const detail = usePublicInnovation(validId);

  if (validId === undefined || isApiError(detail.error, 404)) {
    return <Result status="404" title={t('case.notFound')} extra={<Link to="/cases">{t('nav.cases')}</Link>} />;
  }
  if (detail.isError) return <ErrorState error={detail.error} onRetry={() => void detail.refetch()} />;
  if (!detail.data) return <LoadingState minHeight={320} />;
  return <CaseView data={detail.data} />;
}

function Milestones({ milestones }: { milestones: Milestone[] }) {
  const { t, label } = useT();
  const format = useFormat();
  if (milestones.length === 0) return <EmptyState description={t('case.milestonesEmpty')} />;
  return (
    <ol className="yz-milestones" data-testid="case-milestones">
      {milestones.map((m, index) => (
        <li key={index} className="yz-milestones__item">
          <span className="yz-milestones__date">{m.occurredOn ? format.date(m.occurredOn) : t('case.dateUnknown')}</span>
          <strong>{label(INNOVATION_STATUS_LABELS[m.toStatus])}</strong>
          {m.document && <span>{t('common.labelled', { label: t('innovation.document') })}{m.document}</span>}
          {m.batch && <span>{t('innovation.batchValue', { batch: m.batch })}</span>}
        </li>
      ))}
    </ol>
  );
}

function CaseView({ data }: { data: PublicInnovationDetail }) {
  const { t } = useT();
  const names = useZoneNames();
  const format = useFormat();
  const { innovation, milestones, adoptions, attachments } = data;
  const diffusion = useDiffusion(innovation.id);

  return (
    <div className="yz-container yz-section-stack" data-testid={`case-page-${innovation.id}`}>
      <Breadcrumb
        items={[
          { key: 'home', title: <Link to="/">{t('nav.home')}</Link> },
          { key: 'cases', title: <Link to="/cases">{t('nav.cases')}</Link> },
          { key: 'here', title: innovation.name },
        ]}
      />
      <header>
        <h1 className="yz-page-title">
          {innovation.name} <InnovationStatusTag status={innovation.status} /> <SampleTag isSample={innovation.isSample} />
        </h1>
      </header>
      {innovation.isSample && <p className="yz-muted yz-small" role="note">{t('innovation.sampleHint')}</p>}
      <Row gutter={[16, 16]} align="top">
        <Col xs={24} lg={16} className="yz-section-stack">
          <Card>
            <InnovationFacts innovation={innovation} zoneHref={`/zones/${innovation.zoneId}`} />
            <div className="yz-mt">
              <InnovationStory innovation={innovation} />
            </div>
          </Card>
        </Col>
        <Col xs={24} lg={8} className="yz-section-stack">
          <Card title={<h2 className="yz-card-title">{t('case.milestones')}</h2>}>
            <Milestones milestones={milestones} />
          </Card>
          <Card title={<h2 className="yz-card-title">{t('attachment.title')}</h2>}>
            {attachments.length === 0 ? (
              <EmptyState description={t('attachment.empty')} />
            ) : (
              <ul className="yz-file-list">
                {attachments.map((file) => (
                  <li key={file.id}>
                    <PaperClipOutlined aria-hidden="true" />
                    <a href={attachmentUrl(file.id)} download={file.fileName}>
                      {file.fileName}
                    </a>
                  </li>
                ))}
              </ul>
            )}
          </Card>
        </Col>
      </Row>
      <section aria-labelledby="case-adoptions-title">
        <h2 id="case-adoptions-title" className="yz-section-title">
          {t('case.adoptions')}
          <span className="yz-section-title__hint">{t('case.adoptionsCount', { n: format.number(adoptions.length) })}</span>
        </h2>
        <Card>
          <Table<PublicAdoption>
            rowKey="id"
            size="small"
            dataSource={adoptions}
            pagination={adoptions.length > 20 ? { pageSize: 20 } : false}
            scroll={{ x: 720 }}
            locale={{ emptyText: <EmptyState description={t('adoption.empty')} /> }}
            onRow={(a) => testIdProps(`case-adoption-${a.id}`)}
            columns={[
              {
                key: 'zone',
                title: t('adoption.zone'),
                width: 220,
                render: (_, a) => (
                  <>
                    <Link to={`/zones/${a.zoneId}`}>{names.full(a.zoneId, a.zoneName)}</Link> <SampleTag isSample={a.isSample} />
                  </>
                ),
              },
              { key: 'on', title: t('adoption.adoptedOn'), width: 130, render: (_, a) => format.date(a.adoptedOn, 'day') },
              { key: 'adaptation', title: t('adoption.adaptation'), render: (_, a) => a.adaptation ?? '—' },
              { key: 'effect', title: t('adoption.observedEffect'), render: (_, a) => a.observedEffect ?? '—' },
            ]}
          />
          <section className="yz-mt" aria-labelledby="case-diffusion-title">
            <h3 id="case-diffusion-title" className="yz-subheading">
              {t('case.diffusion')}
            </h3>
            <QueryState query={diffusion} minHeight={200}>
              {(points) => <DiffusionChart points={points} name={innovation.name} />}
            </QueryState>
          </section>
        </Card>
      </section>
      <SourceCitation source={innovation.source} label={t('innovation.source')} />
    </div>
  );
}
