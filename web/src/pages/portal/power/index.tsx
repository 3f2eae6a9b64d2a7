/**
 * 放权事项详情: one delegated power as the public may see it — the item's six elements, how it came
 * down to the zone, its time limits and actual processing time in working days, its monthly case
 * counts and the batches that changed it, each with its source. No working notes, no case records.
 */
import { Breadcrumb, Card, Col, Descriptions, Result, Row, Table } from 'antd';
import { DELEGATION_CHANGE_ACTION_LABELS, DELEGATION_TYPE_LABELS, POWER_ITEM_TYPE_LABELS, POWER_LEVEL_LABELS, POWER_TIER_LABELS } from '@shared/powers.enums';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../../api/api';
import { type PublicPowerDetail, usePublicPower } from '../../../api/public-powers';
import { EmptyState, ErrorState, LoadingState } from '../../../components/page-state';
import { SourceCitation } from '../../../components/source-citation';
import { useT } from '../../../i18n/use-t';
import { useFormat } from '../../../lib/use-format';
import { useZoneNames } from '../../../lib/zone-names';
import { DelegationStatusTag, PowerSampleTag, useLimitWords } from '../powers/components/power-tags';
import { ProcessingFigures } from './processing-figures';

export function PowerPage() {
  const { t } = useT();
  const params = useParams();
  const id = Number(params.id);
  const validId = Number.isInteger(id) && id > 0 ? id : undefined;
  const detail = usePublicPower(validId);
  if (validId === undefined || isApiError(detail.error, 404)) {
    return <Result status="404" title={t('publicPowers.notFound')} extra={<Link to="/powers">{t('nav.powers')}</Link>} />;
  }
  if (detail.isError) return <ErrorState error={detail.error} onRetry={() => void detail.refetch()} />;
  if (!detail.data) return <LoadingState minHeight={320} />;
  return <PowerView data={detail.data} />;
}

type Change = PublicPowerDetail['changes'][number];

function PowerView({ data }: { data: PublicPowerDetail }) {
  const { t, label } = useT();
  const names = useZoneNames();
  const format = useFormat();
  const limits = useLimitWords();
  const { delegation, processingTime, months, changes } = data;
  const { item, batch, zone } = delegation;
  const isSample = delegation.isSample || item.isSample;
  const text = (value: string | null) => value || '—';
  return (
    <div className="yz-container yz-section-stack" data-testid={`power-page-${delegation.id}`}>
      <Breadcrumb
        items={[
          { key: 'home', title: <Link to="/">{t('nav.home')}</Link> },
          { key: 'powers', title: <Link to="/powers">{t('nav.powers')}</Link> },
          { key: 'here', title: item.name },
        ]}
      />
      <header>
        <h1 className="yz-page-title">
          {item.name} <DelegationStatusTag status={delegation.status} /> <PowerSampleTag isSample={isSample} />
        </h1>
      </header>
      {isSample && (
        <p className="yz-muted yz-small" role="note" data-testid="power-sample-note">
          {t('publicPowers.sampleHint')}
        </p>
      )}
      <Row gutter={[16, 16]} align="top">
        <Col xs={24} lg={14} className="yz-section-stack">
          <Card title={<h2 className="yz-card-title">{t('publicPowers.itemFacts')}</h2>}>
            <Descriptions
              size="small"
              column={1}
              items={[
                { key: 'code', label: t('publicPowers.code'), children: <code data-testid="power-detail-code">{item.code}</code> },
                { key: 'tier', label: t('publicPowers.tier'), children: label(POWER_TIER_LABELS[item.tier]) },
                { key: 'type', label: t('publicPowers.itemType'), children: label(POWER_ITEM_TYPE_LABELS[item.itemType]) },
                { key: 'department', label: t('publicPowers.department'), children: item.department },
                { key: 'body', label: t('publicPowers.implementingBody'), children: item.implementingBody },
                { key: 'basis', label: t('publicPowers.legalBasis'), children: <span className="yz-prose">{item.legalBasis}</span> },
              ]}
            />
            <SourceCitation source={item.source} label={t('publicPowers.itemSource')} />
          </Card>
          <Card title={<h2 className="yz-card-title">{t('publicPowers.delegationFacts')}</h2>}>
            <Descriptions
              size="small"
              column={1}
              items={[
                { key: 'level', label: t('publicPowers.level'), children: label(POWER_LEVEL_LABELS[batch.level]) },
                { key: 'type', label: t('publicPowers.delegationType'), children: label(DELEGATION_TYPE_LABELS[delegation.delegationType]) },
                ...(delegation.entrustmentRef ? [{ key: 'ref', label: t('publicPowers.entrustmentRefLabel'), children: delegation.entrustmentRef }] : []),
                { key: 'zone', label: t('publicPowers.receivingZone'), children: <Link to={`/zones/${zone.id}`}>{names.full(zone.id, zone.name)}</Link> },
                { key: 'body', label: t('publicPowers.receivingBody'), children: text(delegation.receivingBody) },
                {
                  key: 'batch',
                  label: t('publicPowers.batch'),
                  children: (
                    <>
                      {batch.title} <PowerSampleTag isSample={batch.isSample} />
                    </>
                  ),
                },
                { key: 'document', label: t('publicPowers.document'), children: batch.document ?? t('publicPowers.documentUnknown') },
                { key: 'published', label: t('publicPowers.publishedOn'), children: format.date(batch.publishedOn, batch.publishedPrecision) },
                { key: 'effective', label: t('publicPowers.effectiveOn'), children: format.date(batch.effectiveOn, batch.effectivePrecision) },
                { key: 'accepted', label: t('publicPowers.acceptedOn'), children: format.date(delegation.acceptedOn, 'day') },
                { key: 'running', label: t('publicPowers.runningOn'), children: format.date(delegation.runningOn, 'day') },
                ...(delegation.withdrawnOn
                  ? [{ key: 'withdrawn', label: t('publicPowers.withdrawnOn'), children: `${format.date(delegation.withdrawnOn, 'day')} ${delegation.withdrawnDocument ?? ''}` }]
                  : []),
                { key: 'measures', label: t('publicPowers.supervision'), children: <span className="yz-prose">{delegation.supervisionMeasures || t('publicPowers.notPublished')}</span> },
              ]}
            />
            <SourceCitation source={batch.source} label={t('publicPowers.batchSource')} />
            <SourceCitation source={delegation.source} label={t('publicPowers.delegationSource')} />
          </Card>
        </Col>
        <Col xs={24} lg={10} className="yz-section-stack">
          <Card title={<h2 className="yz-card-title">{t('publicPowers.processingTitle')}</h2>}>
            <ProcessingFigures figures={processingTime} />
          </Card>
          <Card title={<h2 className="yz-card-title">{t('publicPowers.months')}</h2>}>
            <Table
              rowKey="month"
              size="small"
              dataSource={months}
              pagination={months.length > 12 ? { pageSize: 12 } : false}
              locale={{ emptyText: <EmptyState description={t('publicPowers.monthsEmpty')} /> }}
              columns={[
                { key: 'month', title: t('publicPowers.month'), render: (_, m) => <>{format.date(m.month, 'month')} <PowerSampleTag isSample={m.isSample} /></> },
                { key: 'cases', title: t('publicPowers.cases'), align: 'right', render: (_, m) => format.number(m.caseCount) },
                { key: 'average', title: t('publicPowers.averageDays'), align: 'right', render: (_, m) => (m.averageDays === null ? '—' : limits.days(m.averageDays)) },
              ]}
            />
          </Card>
        </Col>
      </Row>
      <section aria-labelledby="power-changes-title">
        <h2 id="power-changes-title" className="yz-section-title">{t('publicPowers.changes')}</h2>
        <Card>
          <Table<Change>
            rowKey="id"
            size="small"
            dataSource={changes}
            pagination={false}
            scroll={{ x: 640 }}
            locale={{ emptyText: <EmptyState /> }}
            columns={[
              { key: 'on', title: t('publicPowers.effectiveOn'), width: 140, render: (_, c) => format.date(c.effectiveOn, 'day') },
              { key: 'action', title: t('publicPowers.changeAction'), width: 90, render: (_, c) => label(DELEGATION_CHANGE_ACTION_LABELS[c.action]) },
              { key: 'type', title: t('publicPowers.delegationType'), width: 90, render: (_, c) => label(DELEGATION_TYPE_LABELS[c.delegationType]) },
              { key: 'document', title: t('publicPowers.document'), render: (_, c) => c.document ?? '—' },
              { key: 'body', title: t('publicPowers.receivingBody'), render: (_, c) => text(c.receivingBody) },
              { key: 'promised', title: t('publicPowers.promisedLimit'), align: 'right', render: (_, c) => limits.days(c.promisedLimitDays) },
            ]}
          />
        </Card>
      </section>
    </div>
  );
}
