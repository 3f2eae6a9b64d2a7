import { Button, Card, Col, Row, Statistic, Table, Tag } from 'antd';
import { useState } from 'react';
import type { Delegation, DelegationCaseMonth, DelegationDetail } from '../../../../api/types';
import { EmptyState } from '../../../../components/page-state';
import { useT } from '../../../../i18n/use-t';
import { useFormat } from '../../../../lib/use-format';
import { CasesDialog } from './cases-dialog';
import { formatRate, SampleTag, useDays } from './power-tags';

/** 办理时限: legal and promised limits, 承诺时限压缩率, and the actual average and P90 against the promise, in working days. */
export function ProcessingTimeCard({ time }: { time: DelegationDetail['processingTime'] }) {
  const { t } = useT();
  const figure = (key: string, title: string, value: number | null, suffix?: string) => (
    <Col xs={12} md={8} xl={3} key={key}>
      <Statistic title={title} value={value === null ? '—' : Number.isInteger(value) ? value : value.toFixed(1)} suffix={value === null ? undefined : suffix} data-testid={`power-time-${key}`} />
    </Col>
  );
  const days = t('powers.days');
  const verdict = time.timedCases > 0 && time.promisedLimitDays !== null && (time.slowerThanPromised ? <Tag color="red">{t('powers.slowerThanPromised')}</Tag> : <Tag color="green">{t('powers.withinPromise')}</Tag>);
  return (
    <Card title={t('powers.processingTime')} extra={verdict} data-testid="power-time">
      <Row gutter={[16, 16]}>
        {figure('legal', t('powers.legalLimit'), time.legalLimitDays, days)}
        {figure('promised', t('powers.promisedLimit'), time.promisedLimitDays, days)}
        <Col xs={12} md={8} xl={3}>
          <Statistic title={t('powers.compression')} value={formatRate(time.compressionRate)} data-testid="power-time-compression" />
        </Col>
        {figure('average', t('powers.actualAverage'), time.averageDays, days)}
        {figure('p90', t('powers.actualP90'), time.p90Days, days)}
        {figure('fastest', t('powers.actualFastest'), time.fastestDays, days)}
        {figure('timed', t('powers.timedCases'), time.timedCases)}
      </Row>
    </Card>
  );
}

/** 月度办件量, newest first, and the form to record a month where the viewer may. */
export function CasesCard({ delegation, months }: { delegation: Delegation; months: DelegationCaseMonth[] }) {
  const { t } = useT();
  const format = useFormat();
  const days = useDays();
  const [recording, setRecording] = useState(false);
  const rows = [...months].sort((a, b) => b.month.localeCompare(a.month));
  const extra = delegation.abilities.recordCases && (
    <Button type="primary" size="small" onClick={() => setRecording(true)} data-testid="power-record-cases">{t('powers.recordCases')}</Button>
  );
  return (
    <Card title={t('powers.cases')} extra={extra}>
      <Table<DelegationCaseMonth>
        rowKey="month"
        size="small"
        dataSource={rows}
        data-testid="power-cases"
        pagination={{ pageSize: 12, hideOnSinglePage: true, showSizeChanger: false }}
        locale={{ emptyText: <EmptyState description={t('powers.casesEmpty')} /> }}
        onRow={(row) => ({ 'data-testid': `power-cases-${row.month}` }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { title: t('powers.month'), key: 'month', render: (_, row) => <>{format.date(row.month)}<SampleTag show={row.isSample} /></> },
          { title: t('powers.caseCount'), dataIndex: 'caseCount', align: 'right' },
          { title: t('powers.timedCases'), dataIndex: 'timedCases', align: 'right' },
          { title: t('powers.actualAverage'), key: 'avg', render: (_, row) => days(row.averageDays) },
          { title: t('powers.actualP90'), key: 'p90', render: (_, row) => days(row.p90Days) },
        ]}
      />
      {recording && <CasesDialog delegationId={delegation.id} onClose={() => setRecording(false)} />}
    </Card>
  );
}
