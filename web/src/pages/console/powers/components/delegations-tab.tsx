import { Card, DatePicker, Form, Input, Space, Tooltip } from 'antd';
import {
  DELEGATION_CHANGE_ACTION_LABELS,
  DELEGATION_STATUSES,
  DELEGATION_STATUS_LABELS,
  DELEGATION_TYPES,
  DELEGATION_TYPE_LABELS,
  POWER_ITEM_TYPES,
  POWER_ITEM_TYPE_LABELS,
  POWER_LEVELS,
  POWER_LEVEL_LABELS,
} from '@shared/powers.enums';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useDelegations } from '../../../../api/powers';
import type { Delegation } from '../../../../api/types';
import { EnumFilter } from '../../../../components/enum-filter';
import { ListTable } from '../../../../components/list-table';
import { ListQueryState } from '../../../../components/page-state';
import { ZoneTreeSelect } from '../../../../components/zone-tree-select';
import { useT } from '../../../../i18n/use-t';
import { isAfterToday } from '../../../../lib/partial-date';
import { useFormat } from '../../../../lib/use-format';
import { usePageParams } from '../../../../lib/use-page-params';
import { pickEnum, useQueryParams } from '../../../../lib/use-query-params';
import { useZoneNames } from '../../../../lib/zone-names';
import { DelegationActions } from './delegation-actions';
import { DelegationStatusTag, SampleTag, useDays } from './power-tags';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** 事项清单: the delegations in the viewer's scope, filtered, searched, and as they stood on a chosen day. */
export function DelegationsTab({ tools }: { tools?: ReactNode }) {
  const { t, label } = useT();
  const format = useFormat();
  const days = useDays();
  const zoneNames = useZoneNames();
  const { params, update, getNumber } = useQueryParams();
  const zone = getNumber('zone');
  const level = pickEnum(params.get('level'), POWER_LEVELS);
  const type = pickEnum(params.get('type'), DELEGATION_TYPES);
  const itemType = pickEnum(params.get('itemType'), POWER_ITEM_TYPES);
  const status = pickEnum(params.get('status'), DELEGATION_STATUSES);
  const rawOn = params.get('on');
  const on = rawOn && DAY.test(rawOn) ? rawOn : undefined;
  const q = params.get('q') ?? undefined;
  const { page, pageSize, pagination } = usePageParams();
  const list = useDelegations({ zone, level, type, itemType, status, on, q, page, pageSize });

  return (
    <div className="yz-section-stack yz-section-stack--tight">
      <Card>
        <Form layout="inline">
          <Form.Item label={t('powers.zone')} htmlFor="powers-zone">
            <ZoneTreeSelect id="powers-zone" value={zone} onChange={(next) => update({ zone: next ?? null, page: null })} />
          </Form.Item>
          <EnumFilter id="powers-level" label={t('powers.level')} values={POWER_LEVELS} labels={POWER_LEVEL_LABELS} value={level} onChange={(next) => update({ level: next ?? null, page: null })} width={120} />
          <EnumFilter id="powers-type" label={t('powers.delegationType')} values={DELEGATION_TYPES} labels={DELEGATION_TYPE_LABELS} value={type} onChange={(next) => update({ type: next ?? null, page: null })} width={110} />
          <EnumFilter id="powers-item-type" label={t('powers.itemType')} values={POWER_ITEM_TYPES} labels={POWER_ITEM_TYPE_LABELS} value={itemType} onChange={(next) => update({ itemType: next ?? null, page: null })} width={150} />
          <EnumFilter id="powers-status" label={t('powers.status')} values={DELEGATION_STATUSES} labels={DELEGATION_STATUS_LABELS} value={status} onChange={(next) => update({ status: next ?? null, page: null })} width={130} />
          <Form.Item label={<Tooltip title={t('powers.onHint')}>{t('powers.on')}</Tooltip>} htmlFor="powers-on">
            <DatePicker
              id="powers-on"
              value={on ? dayjs(on) : null}
              disabledDate={(date) => isAfterToday(date)}
              onChange={(date) => update({ on: date ? date.format('YYYY-MM-DD') : null, page: null })}
              data-testid="powers-on"
            />
          </Form.Item>
          <Form.Item label={t('common.search')} htmlFor="powers-q">
            <Input.Search id="powers-q" allowClear defaultValue={q} placeholder={t('powers.search')} onSearch={(value) => update({ q: value.trim() || null, page: null })} style={{ width: 240 }} data-testid="powers-q" />
          </Form.Item>
        </Form>
        {tools && <Space wrap className="yz-mt">{tools}</Space>}
      </Card>
      <Card>
        <ListQueryState query={list}>
          <ListTable<Delegation>
            rowTestId={(row) => `delegation-row-${row.id}`}
            empty={t('powers.empty')}
            loading={list.isFetching}
            dataSource={list.data?.items ?? []}
            pagination={pagination(list.data?.total ?? 0)}
            columns={[
              {
                title: t('powers.itemName'),
                key: 'name',
                width: 260,
                render: (_, row) => (
                  <>
                    <Link to={`/console/powers/${row.id}`}>{row.item.name}</Link>
                    <SampleTag show={row.isSample} />
                    <div className="yz-muted yz-small">{row.item.code}</div>
                    {row.asOf && (
                      <div className="yz-muted yz-small">
                        {t('powers.asOf', { date: format.date(row.asOf.on), action: label(DELEGATION_CHANGE_ACTION_LABELS[row.asOf.action]), effective: format.date(row.asOf.effectiveOn) })}
                      </div>
                    )}
                  </>
                ),
              },
              { title: t('powers.receivingZone'), key: 'zone', width: 130, render: (_, row) => zoneNames.short(row.zone.id, row.zone.name) },
              { title: t('powers.level'), key: 'level', width: 90, render: (_, row) => label(POWER_LEVEL_LABELS[row.batch.level]) },
              { title: t('powers.delegationType'), key: 'type', width: 90, render: (_, row) => label(DELEGATION_TYPE_LABELS[row.delegationType]) },
              { title: t('powers.batch'), key: 'batch', width: 200, render: (_, row) => <>{row.batch.title}{row.batch.document && <div className="yz-muted yz-small">{row.batch.document}</div>}</> },
              { title: t('powers.status'), key: 'status', width: 100, render: (_, row) => <DelegationStatusTag status={row.status} /> },
              { title: t('powers.promisedLimit'), key: 'promised', width: 120, render: (_, row) => days(row.promisedLimitDays) },
              { title: t('powers.actions'), key: 'actions', width: 150, render: (_, row) => <DelegationActions delegation={row} /> },
            ]}
          />
        </ListQueryState>
      </Card>
    </div>
  );
}
