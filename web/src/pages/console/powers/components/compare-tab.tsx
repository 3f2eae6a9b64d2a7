import { Alert, Button, Card, DatePicker, Form, Table, Tabs } from 'antd';
import { DELEGATION_TYPE_LABELS } from '@shared/powers.enums';
import dayjs from 'dayjs';
import { Link } from 'react-router';
import { usePowerCompare } from '../../../../api/powers';
import type { DelegationChange, PowerCompareEntry } from '../../../../api/types';
import { QueryState } from '../../../../components/page-state';
import { ZoneTreeSelect } from '../../../../components/zone-tree-select';
import { useT } from '../../../../i18n/use-t';
import { useFormat } from '../../../../lib/use-format';
import { useQueryParams } from '../../../../lib/use-query-params';
import { useZoneNames } from '../../../../lib/zone-names';
import { SampleTag, useDays } from './power-tags';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
type Values = { from?: dayjs.Dayjs; to?: dayjs.Dayjs; zone?: number };

/** The terms a change set, in one line: the type, the 委托书, the receiving body, the promise. */
function Terms({ change }: { change: DelegationChange | null }) {
  const { t, label } = useT();
  const format = useFormat();
  const days = useDays();
  if (!change) return <span className="yz-muted">{t('powers.compare.none')}</span>;
  const parts = [
    label(DELEGATION_TYPE_LABELS[change.delegationType]),
    change.receivingBody,
    change.entrustmentRef && `${t('powers.entrustmentRef')} ${change.entrustmentRef}`,
    change.promisedLimitDays !== null && `${t('powers.promisedLimit')} ${days(change.promisedLimitDays)}`,
    `${t('powers.effectiveOn')} ${format.date(change.effectiveOn)}`,
    change.document,
  ].filter(Boolean);
  return <span className="yz-small">{parts.join(' · ')}</span>;
}

function EntriesTable({ entries, testId }: { entries: PowerCompareEntry[]; testId: string }) {
  const { t } = useT();
  const zoneNames = useZoneNames();
  return (
    <Table<PowerCompareEntry>
      rowKey={(entry) => entry.delegation.id}
      size="small"
      dataSource={entries}
      data-testid={testId}
      pagination={{ pageSize: 20, showSizeChanger: false, hideOnSinglePage: true }}
      columns={[
        { title: t('powers.itemName'), key: 'name', render: (_, e) => <><Link to={`/console/powers/${e.delegation.id}`}>{e.delegation.item.name}</Link><SampleTag show={e.delegation.isSample} /><div className="yz-muted yz-small">{e.delegation.item.code}</div></> },
        { title: t('powers.receivingZone'), key: 'zone', width: 180, render: (_, e) => zoneNames.short(e.delegation.zone.id, e.delegation.zone.name) },
        { title: t('powers.compare.before'), key: 'before', width: '30%', render: (_, e) => <Terms change={e.before} /> },
        { title: t('powers.compare.after'), key: 'after', width: '30%', render: (_, e) => <Terms change={e.after} /> },
      ]}
    />
  );
}

/** 对比: the catalogue on two days — what was added, changed and withdrawn between them. */
export function CompareTab() {
  const { t } = useT();
  const { params, update, getNumber } = useQueryParams();
  const [form] = Form.useForm<Values>();
  const rawFrom = params.get('from');
  const rawTo = params.get('to');
  const from = rawFrom && DAY.test(rawFrom) ? rawFrom : undefined;
  const to = rawTo && DAY.test(rawTo) ? rawTo : undefined;
  const zone = getNumber('zone');
  const ready = from && to && from <= to ? { from, to, zone } : undefined;
  const compare = usePowerCompare(ready);
  const onFinish = (values: Values) =>
    update({ from: values.from?.format('YYYY-MM-DD') ?? null, to: values.to?.format('YYYY-MM-DD') ?? null, zone: values.zone ?? null });
  return (
    <div className="yz-section-stack yz-section-stack--tight">
      <Card>
        <Form form={form} layout="inline" name="powers-compare" onFinish={onFinish} initialValues={{ from: from ? dayjs(from) : undefined, to: to ? dayjs(to) : undefined, zone }}>
          <Form.Item name="from" label={t('powers.compare.from')} rules={[{ required: true }]}>
            <DatePicker data-testid="powers-compare-from" />
          </Form.Item>
          <Form.Item
            name="to"
            label={t('powers.compare.to')}
            dependencies={['from']}
            rules={[
              { required: true },
              ({ getFieldValue }) => ({
                validator: (_, value: dayjs.Dayjs | undefined) => {
                  const start = getFieldValue('from') as dayjs.Dayjs | undefined;
                  return !value || !start || !value.isBefore(start, 'day') ? Promise.resolve() : Promise.reject(new Error(t('powers.compare.orderError')));
                },
              }),
            ]}
          >
            <DatePicker data-testid="powers-compare-to" />
          </Form.Item>
          <Form.Item name="zone" label={t('powers.zone')}>
            <ZoneTreeSelect id="powers-compare_zone" />
          </Form.Item>
          <Form.Item>
            <Button type="primary" htmlType="submit" data-testid="powers-compare-run">{t('powers.compare.run')}</Button>
          </Form.Item>
        </Form>
      </Card>
      {!ready ? (
        <Alert type="info" showIcon title={t('powers.compare.hint')} />
      ) : (
        <Card>
          <QueryState query={compare}>
            {(data) => (
              <Tabs
                items={[
                  { key: 'added', label: t('powers.compare.added', { n: data.added.length }), children: <EntriesTable entries={data.added} testId="powers-compare-added" /> },
                  { key: 'changed', label: t('powers.compare.changed', { n: data.changed.length }), children: <EntriesTable entries={data.changed} testId="powers-compare-changed" /> },
                  { key: 'withdrawn', label: t('powers.compare.withdrawn', { n: data.withdrawn.length }), children: <EntriesTable entries={data.withdrawn} testId="powers-compare-withdrawn" /> },
                ]}
              />
            )}
          </QueryState>
        </Card>
      )}
    </div>
  );
}
