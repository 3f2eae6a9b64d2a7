import { Card, Form, Input, Table, Tag, Typography } from 'antd';
import { TONGBAN_MODE_LABELS } from '@shared/powers.enums';
import { useTongban } from '../../../../api/powers';
import type { TongbanBatch, TongbanItem } from '../../../../api/types';
import { ListTable } from '../../../../components/list-table';
import { ListQueryState } from '../../../../components/page-state';
import { ZoneTreeSelect } from '../../../../components/zone-tree-select';
import { useT } from '../../../../i18n/use-t';
import { useFormat } from '../../../../lib/use-format';
import { usePageParams } from '../../../../lib/use-page-params';
import { useQueryParams } from '../../../../lib/use-query-params';
import { useZoneNames } from '../../../../lib/zone-names';
import { SampleTag } from './power-tags';

/** 通办: the cross-region items in scope with their mode, partner region and cases per month, and the batches that named them. */
export function TongbanTab() {
  const { t, label } = useT();
  const format = useFormat();
  const zoneNames = useZoneNames();
  const { params, update, getNumber } = useQueryParams();
  const zone = getNumber('zone');
  const q = params.get('q') ?? undefined;
  const { page, pageSize, pagination } = usePageParams();
  const list = useTongban({ zone, q, page, pageSize });
  const data = list.data;
  return (
    <div className="yz-section-stack yz-section-stack--tight">
      <Card>
        <Form layout="inline">
          <Form.Item label={t('powers.zone')} htmlFor="tongban-zone">
            <ZoneTreeSelect id="tongban-zone" value={zone} onChange={(next) => update({ zone: next ?? null, page: null })} />
          </Form.Item>
          <Form.Item label={t('common.search')} htmlFor="tongban-q">
            <Input.Search id="tongban-q" allowClear defaultValue={q} placeholder={t('powers.tongban.search')} onSearch={(value) => update({ q: value.trim() || null, page: null })} style={{ width: 240 }} />
          </Form.Item>
        </Form>
      </Card>
      <ListQueryState query={list}>
        <Card>
          {data && <Typography.Paragraph data-testid="tongban-total">{t('powers.tongban.total', { items: data.total, cases: data.cases })}</Typography.Paragraph>}
          <Table<TongbanBatch>
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={data?.batches ?? []}
            data-testid="tongban-batches"
            expandable={{ rowExpandable: (row) => !!row.internalNote, expandedRowRender: (row) => <p className="yz-prose yz-small">{t('powers.internalNote')}：{row.internalNote}</p> }}
            columns={[
              { title: t('powers.tongban.programme'), key: 'programme', render: (_, row) => `${row.programme} ${t('powers.tongban.batchNo', { n: row.batchNo })}` },
              { title: t('powers.document'), key: 'document', render: (_, row) => row.document ?? '—' },
              { title: t('powers.tongban.issuedOn'), key: 'issued', render: (_, row) => format.date(row.issuedOn) },
              { title: t('powers.tongban.targetDate'), key: 'target', render: (_, row) => format.date(row.targetDate) },
              { title: t('powers.tongban.items'), dataIndex: 'items', align: 'right' },
              { title: t('powers.tongban.cases'), dataIndex: 'cases', align: 'right' },
            ]}
          />
        </Card>
        <Card>
          <ListTable<TongbanItem>
            rowTestId={(row) => `tongban-row-${row.id}`}
            empty={t('powers.tongban.empty')}
            loading={list.isFetching}
            dataSource={data?.items ?? []}
            pagination={pagination(data?.total ?? 0)}
            columns={[
              { title: t('powers.itemName'), key: 'name', width: 220, render: (_, row) => <>{row.name}<SampleTag show={row.isSample} /></> },
              { title: t('powers.tongban.mode'), key: 'mode', width: 110, render: (_, row) => (row.mode ? <Tag>{label(TONGBAN_MODE_LABELS[row.mode])}</Tag> : <span className="yz-muted">{t('powers.tongban.notSet')}</span>) },
              { title: t('powers.tongban.partner'), dataIndex: 'partnerRegion', width: 110 },
              { title: t('powers.zone'), key: 'zone', width: 100, render: (_, row) => zoneNames.short(row.zone.id, row.zone.name) },
              {
                title: t('powers.batch'),
                key: 'batch',
                width: 150,
                render: (_, row) => {
                  const batch = data?.batches.find((b) => b.id === row.batchId);
                  return batch ? <>{`${batch.programme} ${t('powers.tongban.batchNo', { n: batch.batchNo })}`}<div className="yz-muted yz-small">{batch.document}</div></> : '—';
                },
              },
              { title: t('powers.tongban.catalogueItem'), key: 'item', width: 130, render: (_, row) => (row.catalogueItem ? <span>{row.catalogueItem.name}<div className="yz-muted yz-small">{row.catalogueItem.code}</div></span> : '—') },
              { title: t('powers.tongban.cases'), dataIndex: 'cases', width: 80, align: 'right' },
              {
                title: t('powers.tongban.months'),
                key: 'months',
                width: 260,
                render: (_, row) => <span className="yz-small">{row.months.map((m) => `${format.date(m.month)} ${m.cases}`).join('；') || '—'}</span>,
              },
            ]}
          />
        </Card>
      </ListQueryState>
    </div>
  );
}
