import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Card, Descriptions, Table } from 'antd';
import { STAGE_STATUS_LABELS } from '@shared/evaluation.enums';
import { Link } from 'react-router';
import { useStageDraw } from '../../../../api/evaluation/stage-work';
import type { Campaign, CampaignStage, StageDraw } from '../../../../api/types';
import { QueryState } from '../../../../components/page-state';
import { useT } from '../../../../i18n/use-t';
import { testIdProps } from '../../../../lib/test-id';
import { useFormat } from '../../../../lib/use-format';
import { DrawForm } from './draw-form';
import { idRuns } from './id-runs';
import { type ExpertPool, useExpertPool } from './use-expert-pool';

/** Judges are drawn and assigned before scoring starts (the server's JUDGES_LOCKED says the same). */
export const JUDGES_OPEN = ['planned', 'open'];

/** 抽取评委: the form while no draw exists and the organiser may draw; afterwards the draw as published. */
export function StageDrawCard({ campaign, stage }: { campaign: Campaign; stage: CampaignStage }) {
  const { t, label } = useT();
  const draw = useStageDraw(stage.id);
  const pool = useExpertPool(true);
  return (
    <Card title={<h2 className="yz-card-title">{t('drawPanel.title')}</h2>} data-testid="stage-draw">
      <QueryState query={draw}>
        {(published) =>
          published ? (
            <PublishedDraw draw={published} pool={pool} />
          ) : !JUDGES_OPEN.includes(stage.status) ? (
            <Alert type="info" showIcon title={t('drawPanel.locked', { status: label(STAGE_STATUS_LABELS[stage.status]) })} />
          ) : campaign.abilities.update ? (
            <>
              <p className="yz-muted">{t('drawPanel.lead')}</p>
              <QueryState query={pool.query}>
                {() =>
                  pool.complete && pool.drawable.length === 0 ? (
                    <Alert type="warning" showIcon title={t('drawPanel.poolEmpty')} action={<Link to="/console/experts">{t('drawPanel.toPool')}</Link>} />
                  ) : (
                    <DrawForm stageId={stage.id} drawable={pool.drawable} poolComplete={pool.complete} />
                  )
                }
              </QueryState>
            </>
          ) : (
            <p className="yz-muted">{t('drawPanel.notYet')}</p>
          )
        }
      </QueryState>
    </Card>
  );
}

/** What the portal's verification page re-runs: seed, method, the pool drawn from, the exclusions, the panel. */
function PublishedDraw({ draw, pool }: { draw: StageDraw; pool: ExpertPool }) {
  const { t } = useT();
  const format = useFormat();
  const name = (id: number) => pool.byId.get(id)?.name ?? '—';
  return (
    <div className="yz-section-stack">
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2 }}
        title={t('drawPanel.published')}
        items={[
          { key: 'seed', label: t('draw.seed'), children: <span data-testid="draw-seed">{draw.seed}</span> },
          { key: 'method', label: t('drawPanel.method'), children: <code>{draw.method}</code> },
          { key: 'at', label: t('drawPanel.drawnAt'), children: format.dateTime(draw.drawnAt) },
          { key: 'pool', label: t('drawPanel.pool'), children: t('drawPanel.poolN', { n: draw.pool.length, ids: idRuns(draw.pool) }) },
          {
            key: 'exclusions',
            label: t('drawPanel.exclusions'),
            span: 2,
            children: draw.exclusions.length
              ? draw.exclusions.map((e) => `${e.expertId} ${name(e.expertId)}：${e.reason}`).join('；')
              : '—',
          },
        ]}
      />
      <p className="yz-muted">{t('draw.methodText', { size: draw.size })}</p>
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        caption={t('drawPanel.panel')}
        dataSource={draw.panel.map((id, index) => ({ id, position: index + 1 }))}
        onRow={(row) => testIdProps(`draw-panel-${row.position}`)}
        columns={[
          { title: t('drawPanel.position'), dataIndex: 'position', width: 80 },
          { title: t('drawPanel.expertNo'), dataIndex: 'id', width: 120 },
          { title: t('drawPanel.name'), key: 'name', render: (_, row) => name(row.id) },
          { title: t('expert.organisation'), key: 'organisation', render: (_, row) => pool.byId.get(row.id)?.organisation ?? '—' },
        ]}
      />
      <a href={draw.verifyPath} target="_blank" rel="noopener noreferrer" data-testid="draw-verify-link">
        <SafetyCertificateOutlined aria-hidden="true" /> {t('drawPanel.verify')}
      </a>
    </div>
  );
}
