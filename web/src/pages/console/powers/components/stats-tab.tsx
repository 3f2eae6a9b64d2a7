import { Alert, Card, Col, DatePicker, Form, Row, Select, Statistic, Table } from 'antd';
import dayjs from 'dayjs';
import type { Label } from '@shared/enums';
import { DELEGATION_STATUS_LABELS, DELEGATION_TYPE_LABELS, POWER_ITEM_TYPE_LABELS, POWER_LEVEL_LABELS } from '@shared/powers.enums';
import { Link } from 'react-router';
import { usePowerStats } from '../../../../api/powers';
import type { PowerFlagged, PowerStats } from '../../../../api/types';
import { QueryState } from '../../../../components/page-state';
import { ZoneTreeSelect } from '../../../../components/zone-tree-select';
import type { DictKey } from '../../../../i18n/dictionary';
import { useT } from '../../../../i18n/use-t';
import { isAfterToday } from '../../../../lib/partial-date';
import { useQueryParams } from '../../../../lib/use-query-params';
import { useZoneNames } from '../../../../lib/zone-names';
import { useFormat } from '../../../../lib/use-format';
import { SampleTag, useDays } from './power-tags';
import { StatsTrend } from './stats-trend';

const MONTH_CHOICES = [3, 6, 12, 24, 36];
const DEFAULT_MONTHS = 12;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** One breakdown (by level, type …): every category the enum knows, by its label, zero where none. */
function CountsCard({ title, counts, labels, testId, hideZero = false }: { title: string; counts: Record<string, number>; labels: Record<string, Label>; testId: string; hideZero?: boolean }) {
  const { t, label } = useT();
  const rows = Object.keys(labels).map((key) => ({ key, name: label(labels[key]!), count: counts[key] ?? 0 })).filter((row) => !hideZero || row.count > 0);
  return (
    <Card size="small" title={title} className="yz-full-height">
      <Table size="small" rowKey="key" pagination={false} dataSource={rows} data-testid={testId}
        columns={[
          { title: t('powers.stats.countKind'), dataIndex: 'name' },
          { title: t('powers.stats.count'), dataIndex: 'count', align: 'right', render: (n: number, row) => <span data-testid={`${testId}-${row.key}`}>{n}</span> },
        ]}
      />
    </Card>
  );
}

function FlaggedTable({ testId, title, hint, flagged }: { testId: string; title: string; hint: string; flagged: PowerStats['zeroUse'] }) {
  const { t } = useT();
  const days = useDays();
  const zoneNames = useZoneNames();
  return (
    <Card size="small" title={title} data-testid={testId}>
      <p className="yz-muted yz-small">{hint}{flagged.items.length < flagged.total && ` · ${t('powers.stats.shownOf', { shown: flagged.items.length, total: flagged.total })}`}</p>
      <Table<PowerFlagged> size="small" rowKey="id" dataSource={flagged.items} pagination={{ pageSize: 10, showSizeChanger: false, hideOnSinglePage: true }}
        columns={[
          { title: t('powers.itemName'), key: 'name', render: (_, row) => <><Link to={`/console/powers/${row.id}`}>{row.itemName}</Link><SampleTag show={row.isSample} /><div className="yz-muted yz-small">{row.itemCode}</div></> },
          { title: t('powers.receivingZone'), key: 'zone', render: (_, row) => zoneNames.short(row.zone.id, row.zone.name) },
          { title: t('powers.stats.flagCases'), dataIndex: 'cases', align: 'right' },
          { title: t('powers.actualAverage'), key: 'avg', render: (_, row) => days(row.averageDays) },
          { title: t('powers.promisedLimit'), key: 'promised', render: (_, row) => days(row.promisedLimitDays) },
        ]}
      />
    </Card>
  );
}

const HEADLINES: { key: 'delegated' | 'takenUp' | 'used' | 'slow'; text: DictKey }[] = [
  { key: 'delegated', text: 'powers.stats.delegated' },
  { key: 'takenUp', text: 'powers.stats.takenUp' },
  { key: 'used', text: 'powers.stats.used' },
  { key: 'slow', text: 'powers.stats.slow' },
];

/** 放得下、接得住、用得好: per zone, how many delegations there are, are taken up, are used and are slow, and which are not used or slow. */
export function StatsTab() {
  const { t } = useT();
  const format = useFormat();
  const { params, update, getNumber } = useQueryParams();
  const zone = getNumber('zone');
  const months = getNumber('months') ?? DEFAULT_MONTHS;
  // The window may end at an earlier month, to see the view as a past report saw it.
  const rawUntil = params.get('until');
  const until = rawUntil && MONTH.test(rawUntil) ? rawUntil : undefined;
  const stats = usePowerStats({ zone, months, until });
  return (
    <div className="yz-section-stack yz-section-stack--tight">
      <Card>
        <Form layout="inline">
          <Form.Item label={t('powers.stats.zone')} htmlFor="powers-stats-zone">
            <ZoneTreeSelect id="powers-stats-zone" value={zone} onChange={(next) => update({ zone: next ?? null })} />
          </Form.Item>
          <Form.Item label={t('powers.stats.months')} htmlFor="powers-stats-months">
            <Select id="powers-stats-months" style={{ width: 140 }} value={months} onChange={(next: number) => update({ months: next === DEFAULT_MONTHS ? null : next })}
              options={MONTH_CHOICES.map((n) => ({ value: n, label: t('powers.stats.monthsOption', { n }) }))} data-testid="powers-stats-months" />
          </Form.Item>
          <Form.Item label={t('powers.stats.until')} htmlFor="powers-stats-until" tooltip={t('powers.stats.untilHint')}>
            <DatePicker
              id="powers-stats-until"
              picker="month"
              value={until ? dayjs(`${until}-01`) : null}
              disabledDate={(date) => isAfterToday(date, 'month')}
              onChange={(date) => update({ until: date ? date.format('YYYY-MM') : null })}
              placeholder={t('powers.stats.untilPlaceholder')}
              data-testid="powers-stats-until"
            />
          </Form.Item>
        </Form>
      </Card>
      <QueryState query={stats}>
        {(data) => (
          <>
            <Alert type="info" showIcon title={t('powers.stats.period', { from: format.date(data.firstMonth), to: format.date(data.lastMonth) })} data-testid="powers-stats-period" />
            <Row gutter={[16, 16]}>
              {HEADLINES.map(({ key, text }) => (
                <Col xs={12} lg={6} key={key}>
                  <Card>
                    <Statistic title={t(text)} value={data[key]} suffix={t('powers.stats.itemsUnit')} data-testid={`powers-stat-${key}`} />
                  </Card>
                </Col>
              ))}
            </Row>
            <Row gutter={[16, 16]}>
              <Col xs={24} md={12} xl={6}><CountsCard title={t('powers.stats.byLevel')} counts={data.byLevel} labels={POWER_LEVEL_LABELS} testId="powers-by-level" /></Col>
              <Col xs={24} md={12} xl={6}><CountsCard title={t('powers.stats.byType')} counts={data.byType} labels={DELEGATION_TYPE_LABELS} testId="powers-by-type" /></Col>
              <Col xs={24} md={12} xl={6}><CountsCard title={t('powers.stats.byStatus')} counts={data.byStatus} labels={DELEGATION_STATUS_LABELS} testId="powers-by-status" /></Col>
              <Col xs={24} md={12} xl={6}><CountsCard title={t('powers.stats.byItemType')} counts={data.byItemType} labels={POWER_ITEM_TYPE_LABELS} testId="powers-by-item-type" hideZero /></Col>
            </Row>
            <Card><StatsTrend trend={data.trend} query={{ zone, months, until }} /></Card>
            <FlaggedTable testId="powers-zero-use" title={t('powers.stats.zeroUse', { n: data.zeroUse.total })} hint={t('powers.stats.zeroUseHint')} flagged={data.zeroUse} />
            <FlaggedTable testId="powers-slow" title={t('powers.stats.slowItems', { n: data.slowItems.total })} hint={t('powers.stats.slowHint')} flagged={data.slowItems} />
          </>
        )}
      </QueryState>
    </div>
  );
}
