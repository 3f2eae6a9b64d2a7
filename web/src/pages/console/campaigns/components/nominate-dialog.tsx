import { App, Form, Input, Select, Space, Table, Tag } from 'antd';
import { INNOVATION_DOMAIN_LABELS } from '@shared/innovations.enums';
import { useState } from 'react';
import { useNominateEntries } from '../../../../api/evaluation/stage-work';
import { useInnovations } from '../../../../api/innovations';
import type { CampaignCategory, InnovationListItem } from '../../../../api/types';
import { FormDialog } from '../../../../components/form-dialog';
import { EmptyState } from '../../../../components/page-state';
import { ZoneTreeSelect } from '../../../../components/zone-tree-select';
import { useT } from '../../../../i18n/use-t';
import { testIdProps } from '../../../../lib/test-id';

const PAGE_SIZE = 10;

/**
 * 推荐案例: recognised innovations of any zone (level "published": recognised or replicated),
 * searched by title and filtered by zone, picked across pages and nominated into one category.
 */
export function NominateDialog({ campaignId, categories, nominated, onClose }: { campaignId: number; categories: CampaignCategory[]; nominated: Set<number>; onClose: () => void }) {
  const { t, label } = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ categoryId?: number }>();
  const [q, setQ] = useState('');
  const [zoneId, setZoneId] = useState<number | undefined>();
  const [page, setPage] = useState(1);
  const [picked, setPicked] = useState<number[]>([]);
  const innovations = useInnovations({ q: q || undefined, zoneId, level: 'published', sort: q ? 'relevance' : 'name', page, pageSize: PAGE_SIZE });
  const mutation = useNominateEntries(campaignId);
  // After a refusal part-way, those nominated before it show as 已推荐 and drop out of the next try.
  const pending = picked.filter((id) => !nominated.has(id));

  const submit = ({ categoryId }: { categoryId?: number }) => {
    if (pending.length === 0) return void message.error(t('entry.pickSome'));
    mutation.mutate(
      { innovationIds: pending, categoryId: categoryId ?? null },
      {
        onSuccess: (done) => {
          void message.success(t('entry.nominated', { n: done.length }));
          onClose();
        },
      },
    );
  };

  return (
    <FormDialog title={t('entry.nominateTitle')} form={form} mutation={mutation} unmatched={[]} onClose={onClose} okText={t('entry.nominateOk', { n: pending.length })} width={880}>
      <p className="yz-muted">{t('entry.nominateLead')}</p>
      <Form form={form} layout="vertical" name="nominate" onFinish={submit}>
        <Space wrap size="middle" align="end">
          <Form.Item label={t('entry.search')} htmlFor="nominate-q">
            <Input.Search id="nominate-q" allowClear placeholder={t('entry.searchHint')} style={{ width: 260 }} onSearch={(value) => { setQ(value.trim()); setPage(1); }} />
          </Form.Item>
          <Form.Item label={t('entry.zone')} htmlFor="nominate-zone">
            <ZoneTreeSelect id="nominate-zone" value={zoneId} onChange={(next) => { setZoneId(next); setPage(1); }} />
          </Form.Item>
          <Form.Item label={t('entry.nominateCategory')} name="categoryId" htmlFor="nominate-category">
            <Select id="nominate-category" allowClear placeholder={t('entry.categoryNone')} style={{ width: 200 }} options={categories.map((category) => ({ value: category.id, label: category.name }))} />
          </Form.Item>
        </Space>
      </Form>
      <Table<InnovationListItem>
        rowKey="id"
        size="small"
        loading={innovations.isFetching}
        dataSource={innovations.data?.items ?? []}
        locale={{ emptyText: <EmptyState /> }}
        onRow={(row) => testIdProps(`nominate-row-${row.id}`)}
        rowSelection={{
          selectedRowKeys: pending,
          preserveSelectedRowKeys: true,
          onChange: (keys) => setPicked(keys.map(Number)),
          getCheckboxProps: (row) => ({ disabled: nominated.has(row.id), 'aria-label': row.name }),
        }}
        pagination={{ current: page, pageSize: PAGE_SIZE, total: innovations.data?.total ?? 0, showSizeChanger: false, onChange: setPage }}
        columns={[
          { title: t('entry.name'), dataIndex: 'name', render: (name: string, row) => (<>{name}{nominated.has(row.id) && <Tag className="yz-tag-after">{t('entry.alreadyIn')}</Tag>}</>) },
          { title: t('entry.zone'), dataIndex: 'zoneName' },
          { title: t('entry.domain'), dataIndex: 'domain', render: (domain: InnovationListItem['domain']) => label(INNOVATION_DOMAIN_LABELS[domain]) },
        ]}
      />
    </FormDialog>
  );
}
