import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Table, Tag } from 'antd';
import { ENTRY_STATUS_LABELS, type EntryStatus } from '@shared/evaluation.enums';
import { useState } from 'react';
import { useCampaignEntries } from '../../../../api/evaluation/stage-work';
import type { Campaign, CampaignCategory, CampaignEntry } from '../../../../api/types';
import { EmptyState, QueryState } from '../../../../components/page-state';
import { useT } from '../../../../i18n/use-t';
import { testIdProps } from '../../../../lib/test-id';
import { useFormat } from '../../../../lib/use-format';
import { NominateDialog } from './nominate-dialog';
import { EntrySampleTag } from '../../../../components/result-entry';

/**
 * 推荐案例 / 参赛项目: a best case's entries are recognised innovations the province office
 * nominates here; a contest's are the public registrations, listed as they come in.
 */
export function EntriesCard({ campaign, categories }: { campaign: Campaign; categories: CampaignCategory[] }) {
  const { t, label } = useT();
  const format = useFormat();
  const entries = useCampaignEntries(campaign.id);
  const [nominating, setNominating] = useState(false);
  const bestCase = campaign.kind === 'best_case';
  const categoryName = new Map(categories.map((category) => [category.id, category.name]));
  const nominated = new Set((entries.data ?? []).flatMap((entry) => (entry.innovationId === null ? [] : [entry.innovationId])));
  return (
    <Card
      title={
        <h2 className="yz-card-title">
          {t(bestCase ? 'entry.titleBestCase' : 'entry.titleContest')}
          {entries.data && <span className="yz-muted" style={{ fontSize: 14, fontWeight: 400 }}>{t('entry.count', { n: entries.data.length })}</span>}
        </h2>
      }
      extra={
        bestCase &&
        campaign.abilities.update && (
          <Button size="small" icon={<PlusOutlined aria-hidden="true" />} onClick={() => setNominating(true)} data-testid="entry-nominate">
            {t('entry.nominate')}
          </Button>
        )
      }
    >
      <QueryState query={entries}>
        {(items) => (
          <Table<CampaignEntry>
            rowKey="id"
            size="small"
            dataSource={items}
            pagination={items.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: <EmptyState description={t(bestCase ? 'entry.empty' : 'entry.emptyContest')} /> }}
            onRow={(row) => testIdProps(`entry-row-${row.id}`)}
            columns={[
              { title: t('entry.category'), dataIndex: 'categoryId', render: (id: number | null) => (id === null ? t('entry.categoryNone') : (categoryName.get(id) ?? '—')) },
              { title: t('entry.name'), dataIndex: 'title', render: (title: string, row) => <>{title} <EntrySampleTag isSample={row.isSample} /></> },
              bestCase
                ? { title: t('entry.zone'), dataIndex: 'zoneName', render: (name: string | null) => name ?? '—' }
                : { title: t('entry.company'), dataIndex: 'companyName', render: (name: string | null) => name ?? '—' },
              { title: t('entry.status'), dataIndex: 'status', render: (status: string) => <Tag>{label(ENTRY_STATUS_LABELS[status as EntryStatus])}</Tag> },
              ...(bestCase ? [] : [{ title: t('entry.registeredAt'), dataIndex: 'createdAt', render: (at: string) => format.dateTime(at) }]),
            ]}
          />
        )}
      </QueryState>
      {nominating && <NominateDialog campaignId={campaign.id} categories={categories} nominated={nominated} onClose={() => setNominating(false)} />}
    </Card>
  );
}
