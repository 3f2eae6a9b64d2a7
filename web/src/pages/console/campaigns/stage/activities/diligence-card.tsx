import { Alert, Card, Table, Tag } from 'antd';
import { isApiError } from '../../../../../api/api';
import { useStageDiligence } from '../../../../../api/evaluation/stage-activities';
import type { CampaignStage, DiligenceEntry } from '../../../../../api/types';
import { QueryState } from '../../../../../components/page-state';
import { useT } from '../../../../../i18n/use-t';
import { testIdProps } from '../../../../../lib/test-id';
import { CheckCell } from './check-cell';
import { ChecklistEditor } from './checklist-editor';
import { ConclusionCell } from './conclusion-cell';
import { EntryTitle } from './entry-title';

/**
 * 尽职调查 or 资格审查 (the same card, its title and lead told apart): the checklist (editable while the stage's setup is open) and the entries × items
 * matrix with a conclusion column; the count of entries still without one is what stops the
 * stage from closing. The organiser's alone: anyone else's 403 keeps the card away.
 */
export function DiligenceCard({ stage }: { stage: CampaignStage }) {
  const { t } = useT();
  const query = useStageDiligence(stage.id);
  const qualification = stage.kind === 'qualification';
  if (isApiError(query.error, 403)) return null;
  return (
    <Card title={<h2 className="yz-card-title">{t(qualification ? 'qualification.title' : 'diligence.title')}</h2>} data-testid="stage-diligence"
      extra={query.data && (query.data.missing > 0 ? <Tag color="orange" data-testid="diligence-missing">{t('diligence.missing', { n: query.data.missing })}</Tag> : <Tag color="green" data-testid="diligence-missing">{t('diligence.allConcluded')}</Tag>)}>
      <QueryState query={query}>
        {(data) => (
          <div className="yz-section-stack">
            <p className="yz-muted">{t(qualification ? 'qualification.lead' : 'diligence.lead')}</p>
            {/* Keyed by the items' ids: a saved list resets the form to what the server kept. */}
            <ChecklistEditor key={data.items.map((item) => item.id).join(',')} stageId={stage.id} items={data.items} editable={data.abilities.setup} />
            {!data.abilities.record && <Alert type="info" showIcon message={t('activities.readOnly')} />}
            {data.entries.length === 0 ? <p className="yz-muted">{t('diligence.noEntries')}</p> : (
            <Table<DiligenceEntry>
              rowKey="entryId"
              size="small"
              caption={t('diligence.matrix')}
              pagination={data.entries.length > 30 ? { pageSize: 30, showSizeChanger: false } : false}
              scroll={{ x: 'max-content' }}
              dataSource={data.entries}
              onRow={(row) => testIdProps(`diligence-entry-${row.entryId}`)}
              columns={[
                { title: t('activities.entry'), key: 'entry', fixed: 'left', render: (_, row) => <EntryTitle entry={row} /> },
                ...data.items.map((item) => ({
                  title: <>{item.name}{!item.required && <span className="yz-muted">（{t('diligence.optional')}）</span>}</>,
                  key: `item-${item.id}`,
                  render: (_: unknown, row: DiligenceEntry) => (
                    <CheckCell stageId={stage.id} entryId={row.entryId} itemId={item.id} check={row.checks.find((c) => c.itemId === item.id)} editable={data.abilities.record} />
                  ),
                })),
                { title: t('diligence.conclusion'), key: 'conclusion', render: (_, row) => <ConclusionCell stageId={stage.id} entry={row} editable={data.abilities.record} /> },
              ]}
            />
            )}
          </div>
        )}
      </QueryState>
    </Card>
  );
}
