import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useDeleteCategory } from '../../../../api/campaigns';
import type { Campaign, CampaignCategory } from '../../../../api/types';
import { EmptyState } from '../../../../components/page-state';
import { useT } from '../../../../i18n/use-t';
import { testIdProps } from '../../../../lib/test-id';
import { CategoryDialog } from './category-dialog';
import { DeleteButton } from './delete-button';

/** 组别 / 类别: places and prize tiers; organisers add, edit and delete while the campaign is being set up. */
export function CategoriesCard({ campaign, categories }: { campaign: Campaign; categories: CampaignCategory[] }) {
  const { t } = useT();
  const [editing, setEditing] = useState<CampaignCategory | 'new' | null>(null);
  const remove = useDeleteCategory();
  const manage = campaign.abilities.update;
  return (
    <Card
      title={<h2 className="yz-card-title">{t('category.title')}</h2>}
      extra={
        manage && (
          <Button size="small" icon={<PlusOutlined aria-hidden="true" />} onClick={() => setEditing('new')} data-testid="category-add">
            {t('category.add')}
          </Button>
        )
      }
    >
      <Table<CampaignCategory>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={categories}
        locale={{ emptyText: <EmptyState description={t('category.empty')} /> }}
        onRow={(row) => testIdProps(`category-row-${row.id}`)}
        columns={[
          { title: t('category.name'), dataIndex: 'name' },
          { title: t('category.slots'), dataIndex: 'slots', render: (slots: number | null) => slots ?? '—' },
          {
            title: t('category.prizes'),
            dataIndex: 'prizes',
            render: (_, row) => (row.prizes.length ? row.prizes.map((prize) => <Tag key={prize.name}>{t('category.prizeN', { name: prize.name, n: prize.count })}</Tag>) : '—'),
          },
          ...(manage
            ? [
                {
                  title: t('common.actions'),
                  key: 'actions',
                  render: (_: unknown, row: CampaignCategory) => (
                    <Space size={4}>
                      <Button size="small" type="text" icon={<EditOutlined aria-hidden="true" />} aria-label={`${t('common.edit')} ${row.name}`} onClick={() => setEditing(row)} />
                      <DeleteButton name={row.name} onDelete={() => remove.mutateAsync(row.id)} testId={`category-delete-${row.id}`} />
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      {editing && <CategoryDialog campaignId={campaign.id} category={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} />}
    </Card>
  );
}
