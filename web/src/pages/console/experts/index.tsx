import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Form, Input, Select, Tag } from 'antd';
import { useState } from 'react';
import { useExperts } from '../../../api/campaigns';
import type { Expert } from '../../../api/types';
import { useCurrentUser } from '../../../components/current-user';
import { ListTable } from '../../../components/list-table';
import { ListQueryState } from '../../../components/page-state';
import { ZoneTreeSelect } from '../../../components/zone-tree-select';
import { useT } from '../../../i18n/use-t';
import { usePageParams } from '../../../lib/use-page-params';
import { pickEnum, useQueryParams } from '../../../lib/use-query-params';
import { ExpertDialog } from './components/expert-dialog';

/** 专家库: the judges campaigns draw from, searched by name, field or organisation and filtered by zone. */
export function ExpertsPage() {
  const { t } = useT();
  const me = useCurrentUser();
  const { params, getNumber, update } = useQueryParams();
  const q = params.get('q') ?? undefined;
  const zoneId = getNumber('zoneId');
  const active = pickEnum(params.get('active'), ['true', 'false'] as const);
  const { page, pageSize, pagination } = usePageParams();
  const list = useExperts({ q, zoneId, active, page, pageSize });
  const [editing, setEditing] = useState<Expert | 'new' | null>(null);
  // The province office keeps the pool, zone staff the experts of their own zones (the server checks the zone).
  const canAdd = me.abilities.managePlatforms;

  return (
    <div className="yz-section-stack">
      <div className="yz-page-head">
        <h1 className="yz-page-title">{t('console.menu.experts')}</h1>
        {canAdd && (
          <Button type="primary" icon={<PlusOutlined aria-hidden="true" />} onClick={() => setEditing('new')} data-testid="expert-add">
            {t('expert.add')}
          </Button>
        )}
      </div>
      <Card>
        <Form layout="inline" className="yz-filters" aria-label={t('expert.filters')}>
          <Form.Item label={t('expert.search')} htmlFor="expert-filter-q">
            <Input.Search id="expert-filter-q" allowClear defaultValue={q} placeholder={t('expert.searchHint')} style={{ width: 260 }} onSearch={(value) => update({ q: value.trim(), page: null })} />
          </Form.Item>
          <Form.Item label={t('expert.zone')} htmlFor="expert-filter-zone">
            <ZoneTreeSelect id="expert-filter-zone" value={zoneId} onChange={(next) => update({ zoneId: next, page: null })} />
          </Form.Item>
          <Form.Item label={t('expert.active')} htmlFor="expert-filter-active">
            <Select
              id="expert-filter-active"
              allowClear
              placeholder={t('common.all')}
              style={{ width: 120 }}
              value={active}
              onChange={(next) => update({ active: next, page: null })}
              options={[
                { value: 'true', label: t('expert.activeYes') },
                { value: 'false', label: t('expert.activeNo') },
              ]}
            />
          </Form.Item>
        </Form>
      </Card>
      <Card>
        <ListQueryState query={list}>
          <ListTable<Expert>
            rowTestId={(row) => `expert-row-${row.id}`}
            empty={t('expert.empty')}
            dataSource={list.data?.items ?? []}
            loading={list.isFetching}
            pagination={pagination(list.data?.total ?? 0)}
            scroll={{ x: 'max-content' }}
            columns={[
              { title: t('expert.number'), dataIndex: 'id', width: 80 },
              { title: t('expert.name'), dataIndex: 'name' },
              { title: t('expert.field'), dataIndex: 'field' },
              { title: t('expert.zone'), dataIndex: 'zoneName', render: (name: string | null) => name ?? '—' },
              { title: t('expert.organisation'), dataIndex: 'organisation', render: (name: string | null) => name ?? '—' },
              { title: t('expert.account'), dataIndex: 'judgeAccount', render: (account: Expert['judgeAccount']) => account?.username ?? <span className="yz-muted">{t('expert.accountNone')}</span> },
              { title: t('expert.contact'), dataIndex: 'contact', render: (contact: string | null) => contact ?? '—' },
              { title: t('expert.active'), dataIndex: 'isActive', render: (on: boolean) => <Tag color={on ? 'green' : 'default'}>{on ? t('expert.activeYes') : t('expert.activeNo')}</Tag> },
              {
                title: t('common.actions'),
                key: 'actions',
                render: (_, row) =>
                  row.abilities.update && (
                    <Button size="small" type="text" icon={<EditOutlined aria-hidden="true" />} aria-label={`${t('common.edit')} ${row.name}`} onClick={() => setEditing(row)} />
                  ),
              },
            ]}
          />
        </ListQueryState>
      </Card>
      {editing && <ExpertDialog expert={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} />}
    </div>
  );
}
