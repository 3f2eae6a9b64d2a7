import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Form, Input, Tag } from 'antd';
import { BULLETIN_STATUSES, BULLETIN_STATUS_LABELS } from '@shared/bulletins.enums';
import { useState } from 'react';
import { Link } from 'react-router';
import { useBulletins } from '../../../api/bulletins';
import type { BulletinSummary } from '../../../api/types';
import { EnumFilter } from '../../../components/enum-filter';
import { ListTable } from '../../../components/list-table';
import { ListQueryState } from '../../../components/page-state';
import { useT } from '../../../i18n/use-t';
import { usePageParams } from '../../../lib/use-page-params';
import { pickEnum, useQueryParams } from '../../../lib/use-query-params';
import { CreateBulletinDialog } from './components/create-dialog';

const STATUS_COLORS = { draft: 'default', issued: 'green', withdrawn: 'red' } as const;

/** 简报: the bulletins of the offices the user works for, drafts and issued, searchable. */
export function BulletinsPage() {
  const { t, label } = useT();
  const { params, update } = useQueryParams();
  const status = pickEnum(params.get('status'), BULLETIN_STATUSES);
  const q = params.get('q') ?? undefined;
  const { page, pageSize, pagination } = usePageParams();
  const list = useBulletins({ status, q, page, pageSize });
  const [creating, setCreating] = useState(false);

  return (
    <div className="yz-section-stack">
      <h1 className="yz-page-title">{t('bulletin.title')}</h1>
      <Card>
        <Form layout="inline">
          <EnumFilter id="bulletin-status" label={t('bulletin.status')} values={BULLETIN_STATUSES} labels={BULLETIN_STATUS_LABELS} value={status} onChange={(next) => update({ status: next ?? null, page: null })} width={140} />
          <Form.Item label={t('common.search')} htmlFor="bulletin-q">
            <Input.Search id="bulletin-q" allowClear defaultValue={q} placeholder={t('bulletin.search')} onSearch={(value) => update({ q: value.trim() || null, page: null })} style={{ width: 280 }} />
          </Form.Item>
          <Form.Item>
            <Button type="primary" icon={<PlusOutlined aria-hidden="true" />} onClick={() => setCreating(true)} data-testid="bulletin-new">
              {t('bulletin.new')}
            </Button>
          </Form.Item>
        </Form>
      </Card>
      <Card>
        <ListQueryState query={list}>
          <ListTable<BulletinSummary>
            rowTestId={(row) => `bulletin-row-${row.id}`}
            empty={t('bulletin.empty')}
            loading={list.isFetching}
            dataSource={list.data?.items ?? []}
            pagination={pagination(list.data?.total ?? 0)}
            columns={[
              { title: t('bulletin.name'), key: 'title', render: (_, row) => <Link to={`/console/bulletins/${row.id}`}>{`${row.title} ${t('bulletin.issueNoText', { n: row.issueNo })}`}</Link> },
              { title: t('bulletin.headline'), dataIndex: 'headline' },
              { title: t('bulletin.issuer'), dataIndex: 'issuer' },
              { title: t('bulletin.status'), key: 'status', render: (_, row) => <Tag color={STATUS_COLORS[row.status]}>{label(BULLETIN_STATUS_LABELS[row.status])}</Tag> },
              { title: t('bulletin.issuedOn'), dataIndex: 'issuedOn', render: (value: string | null) => value ?? '—' },
            ]}
          />
        </ListQueryState>
      </Card>
      {creating && <CreateBulletinDialog onClose={() => setCreating(false)} />}
    </div>
  );
}
