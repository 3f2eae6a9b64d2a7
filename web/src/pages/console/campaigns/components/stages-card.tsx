import { EditOutlined, OrderedListOutlined, PlusOutlined, TeamOutlined } from '@ant-design/icons';
import { Button, Card, Space, Table, Tag } from 'antd';
import { ADVANCEMENT_KIND_LABELS, STAGE_KIND_LABELS } from '@shared/evaluation.enums';
import { useState } from 'react';
import { Link } from 'react-router';
import { useDeleteStage } from '../../../../api/campaigns';
import type { AdvancementRule, Campaign, CampaignCategory, CampaignStage } from '../../../../api/types';
import { StageStatusTag } from '../../../../components/campaign-status-tag';
import { EmptyState } from '../../../../components/page-state';
import { type Translate, useT } from '../../../../i18n/use-t';
import { testIdProps } from '../../../../lib/test-id';
import { StageActions } from './campaign-actions';
import { CriteriaDrawer } from './criteria-drawer';
import { DeleteButton } from './delete-button';
import { StageDialog } from './stage-dialog';

function ruleText(rule: AdvancementRule, categories: CampaignCategory[], t: Translate, label: (value: { zh: string; en: string }) => string): string {
  switch (rule.kind) {
    case 'top_n':
      return t(rule.per === 'category' ? 'stage.ruleTopNPer' : 'stage.ruleTopN', { n: rule.n });
    case 'cutoff':
      return t('stage.ruleCutoff', { score: rule.score });
    case 'quota':
      return categories.map((category) => `${category.name} ${rule.perCategory[String(category.id)] ?? 0}`).join('，') || label(ADVANCEMENT_KIND_LABELS.quota);
    case 'manual':
      return label(ADVANCEMENT_KIND_LABELS.manual);
  }
}

/** The campaign's stages in order, each with its rule, criteria (for a scored stage) and its own steps. */
export function StagesCard({ campaign, stages, categories }: { campaign: Campaign; stages: CampaignStage[]; categories: CampaignCategory[] }) {
  const { t, label } = useT();
  const [editing, setEditing] = useState<CampaignStage | 'new' | null>(null);
  const [criteriaOf, setCriteriaOf] = useState<number | null>(null);
  const remove = useDeleteStage();
  const criteriaStage = stages.find((stage) => stage.id === criteriaOf);
  // A reader who may take no step on any stage gets no empty 操作 column.
  const canAct = stages.some((stage) => Object.values(stage.abilities).some(Boolean));
  return (
    <Card
      title={<h2 className="yz-card-title">{t('stage.title')}</h2>}
      extra={
        campaign.abilities.update && (
          <Button size="small" icon={<PlusOutlined aria-hidden="true" />} onClick={() => setEditing('new')} data-testid="stage-add">
            {t('stage.add')}
          </Button>
        )
      }
    >
      <Table<CampaignStage>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={stages}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <EmptyState description={t('stage.empty')} /> }}
        onRow={(row) => testIdProps(`stage-row-${row.ordinal}`)}
        columns={[
          { title: t('stage.order'), dataIndex: 'ordinal', width: 60 },
          { title: t('stage.name'), dataIndex: 'name', render: (_, row) => (<>{row.name}{row.blind && <Tag className="yz-tag-after">{t('stage.blindTag')}</Tag>}</>) },
          { title: t('stage.kind'), dataIndex: 'kind', render: (_, row) => label(STAGE_KIND_LABELS[row.kind]) },
          { title: t('stage.dates'), key: 'dates', render: (_, row) => (row.startsOn || row.endsOn ? `${row.startsOn ?? '…'} — ${row.endsOn ?? '…'}` : '—') },
          { title: t('stage.advancement'), key: 'rule', render: (_, row) => ruleText(row.advancement, categories, t, label) },
          {
            title: t('criteria.title'),
            key: 'criteria',
            render: (_, row) =>
              row.kind === 'scored' && (row.criteria.length > 0 || row.abilities.setCriteria) ? (
                <Button size="small" icon={<OrderedListOutlined aria-hidden="true" />} onClick={() => setCriteriaOf(row.id)} data-testid={`stage-criteria-${row.ordinal}`}>
                  {row.criteria.length ? t('criteria.count', { n: row.criteria.length }) : t('criteria.none')}
                </Button>
              ) : row.kind === 'scored' ? (
                t('criteria.unset')
              ) : (
                '—'
              ),
          },
          {
            title: t('stageWork.open'),
            key: 'judges',
            // Every stage with a page of its own: scoring, a checklist, attendance (a registration has none).
            render: (_, row) =>
              row.kind !== 'registration' ? (
                <Link to={`/console/campaigns/${campaign.id}/stages/${row.id}`} data-testid={`stage-judges-${row.ordinal}`} aria-label={`${row.name} · ${t(row.kind === 'scored' ? 'stageWork.open' : 'stageWork.records')}`}>
                  <TeamOutlined aria-hidden="true" /> {t(row.kind === 'scored' ? 'stageWork.open' : 'stageWork.records')}
                </Link>
              ) : (
                '—'
              ),
          },
          { title: t('campaign.status'), dataIndex: 'status', render: (_, row) => <StageStatusTag status={row.status} /> },
          ...(canAct
            ? [
                {
                  title: t('common.actions'),
                  key: 'actions',
                  render: (_: unknown, row: CampaignStage) => (
                    <Space size={4} wrap>
                      <StageActions stage={row} />
                      {row.abilities.update && (
                        <Button size="small" type="text" icon={<EditOutlined aria-hidden="true" />} aria-label={`${t('common.edit')} ${row.name}`} onClick={() => setEditing(row)} data-testid={`stage-edit-${row.ordinal}`} />
                      )}
                      {row.abilities.delete && <DeleteButton name={row.name} onDelete={() => remove.mutateAsync(row.id)} testId={`stage-delete-${row.ordinal}`} />}
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      {editing && (
        <StageDialog campaignId={campaign.id} categories={categories} stageCount={stages.length} stage={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} />
      )}
      {criteriaStage && <CriteriaDrawer stage={criteriaStage} onClose={() => setCriteriaOf(null)} />}
    </Card>
  );
}
