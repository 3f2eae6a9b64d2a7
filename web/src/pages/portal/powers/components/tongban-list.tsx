/**
 * 通办: the batches (document, issue and target dates, items and cases counted from the list) and
 * the items page by page (mode, partner region, batch, zone, cases), each with its source.
 */
import { Table } from 'antd';
import { TONGBAN_MODE_LABELS } from '@shared/powers.enums';
import { Link } from 'react-router';
import { type PublicTongbanBatch, type PublicTongbanItem, usePublicTongban } from '../../../../api/public-powers';
import { EmptyState, ListQueryState } from '../../../../components/page-state';
import { SourceCitation } from '../../../../components/source-citation';
import { useT } from '../../../../i18n/use-t';
import { useFormat } from '../../../../lib/use-format';
import { useZoneNames } from '../../../../lib/zone-names';
import { testIdProps } from '../../../../lib/test-id';
import { PowerSampleTag } from './power-tags';

export function useBatchName() {
  const { t } = useT();
  return (batch: Pick<PublicTongbanBatch, 'programme' | 'batchNo'> | undefined) => (batch ? t('publicPowers.tongbanBatchName', { programme: batch.programme, n: batch.batchNo }) : '—');
}

export function TongbanBatches({ batches }: { batches: PublicTongbanBatch[] }) {
  const { t } = useT();
  const format = useFormat();
  const batchName = useBatchName();
  return (
    <Table<PublicTongbanBatch>
      rowKey="id"
      size="small"
      dataSource={batches}
      pagination={false}
      scroll={{ x: 900 }}
      onRow={(batch) => testIdProps(`tongban-batch-${batch.id}`)}
      locale={{ emptyText: <EmptyState description={t('publicPowers.tongbanEmpty')} /> }}
      columns={[
        {
          key: 'name',
          title: t('publicPowers.batch'),
          width: 300,
          render: (_, batch) => (
            <>
              {batchName(batch)}
              <SourceCitation source={batch.source} />
            </>
          ),
        },
        { key: 'document', title: t('publicPowers.document'), width: 160, render: (_, batch) => batch.document ?? t('publicPowers.documentUnknown') },
        { key: 'issued', title: t('publicPowers.issuedOn'), width: 130, render: (_, batch) => format.date(batch.issuedOn) },
        { key: 'target', title: t('publicPowers.targetDate'), width: 130, render: (_, batch) => format.date(batch.targetDate) },
        { key: 'items', title: t('publicPowers.tongbanItems'), width: 90, align: 'right', render: (_, batch) => format.number(batch.items) },
        { key: 'cases', title: t('publicPowers.cases'), width: 90, align: 'right', render: (_, batch) => format.number(batch.cases) },
      ]}
    />
  );
}

export function TongbanList({ zone, q, page, pageSize, onPage }: { zone?: number; q?: string; page: number; pageSize: number; onPage: (page: number, pageSize: number) => void }) {
  const { t, label } = useT();
  const names = useZoneNames();
  const format = useFormat();
  const batchName = useBatchName();
  const list = usePublicTongban({ zone, q, page, pageSize });
  const batches = list.data?.batches ?? [];
  const batchOf = (item: PublicTongbanItem) => batches.find((batch) => batch.id === item.batchId);
  return (
    <ListQueryState query={list}>
      <section aria-labelledby="tongban-batches-title">
        <h3 id="tongban-batches-title" className="yz-subheading">
          {t('publicPowers.tongbanBatches')}
          {list.data && (
            <span className="yz-section-title__hint" data-testid="tongban-summary">
              {t('publicPowers.tongbanSummary', { n: format.number(list.data.total), batches: format.number(batches.length), cases: format.number(list.data.cases) })}
            </span>
          )}
        </h3>
        <TongbanBatches batches={batches} />
      </section>
      <section className="yz-mt" aria-labelledby="tongban-items-title">
        <h3 id="tongban-items-title" className="yz-subheading">{t('publicPowers.tongbanItemList')}</h3>
        <Table<PublicTongbanItem>
          rowKey="id"
          size="small"
          loading={list.isFetching}
          dataSource={list.data?.items ?? []}
          scroll={{ x: 900 }}
          onRow={(item) => testIdProps(`tongban-item-${item.id}`)}
          locale={{ emptyText: <EmptyState description={q ? t('publicPowers.noHits', { q }) : t('publicPowers.tongbanEmpty')} /> }}
          pagination={{ current: page, pageSize, total: list.data?.total ?? 0, showSizeChanger: false, onChange: onPage, showTotal: (total) => t('common.total', { total }) }}
          columns={[
            {
              key: 'name',
              title: t('publicPowers.itemName'),
              render: (_, item) => (
                <>
                  {item.name} <PowerSampleTag isSample={item.isSample} />
                  {item.catalogueItem && <div className="yz-muted yz-small">{t('publicPowers.catalogueEntry', { code: item.catalogueItem.code })}</div>}
                  <SourceCitation source={item.source} />
                </>
              ),
            },
            { key: 'mode', title: t('publicPowers.mode'), width: 130, render: (_, item) => (item.mode ? label(TONGBAN_MODE_LABELS[item.mode]) : t('publicPowers.modeUnknown')) },
            { key: 'partner', title: t('publicPowers.partnerRegion'), width: 110, render: (_, item) => item.partnerRegion },
            {
              key: 'batch',
              title: t('publicPowers.batch'),
              width: 200,
              render: (_, item) => {
                const batch = batchOf(item);
                return (
                  <>
                    {batchName(batch)}
                    {batch && (
                      <div className="yz-muted yz-small">
                        {batch.document ?? t('publicPowers.documentUnknown')} · {t('publicPowers.targetDateValue', { on: format.date(batch.targetDate) })}
                      </div>
                    )}
                  </>
                );
              },
            },
            { key: 'zone', title: t('publicPowers.zone'), width: 100, render: (_, item) => <Link to={`/zones/${item.zone.id}`}>{names.short(item.zone.id, item.zone.name)}</Link> },
            { key: 'cases', title: t('publicPowers.cases'), width: 90, align: 'right', render: (_, item) => format.number(item.cases) },
          ]}
        />
      </section>
    </ListQueryState>
  );
}
