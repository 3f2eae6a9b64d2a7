import { Alert, App, Button, Card, Form, InputNumber, Space } from 'antd';
import { useState } from 'react';
import { useAssignJudges, useCampaignEntries, useStageDraw, useStageProgress } from '../../../../api/evaluation/stage-work';
import type { Campaign, CampaignStage, StageDraw, StageProgress } from '../../../../api/types';
import { FormErrorAlert } from '../../../../components/form-dialog';
import { useT } from '../../../../i18n/use-t';
import { applyFieldErrors } from '../../../../lib/form-errors';
import { useFormat } from '../../../../lib/use-format';
import { JUDGES_OPEN } from './stage-draw-card';

type Values = { perEntry?: number; loadCap?: number };

/** 分配评审: once the panel is drawn, each entry to `perEntry` judges within the cap; afterwards what was assigned and who fell short. */
export function StageAssignCard({ campaign, stage }: { campaign: Campaign; stage: CampaignStage }) {
  const { t } = useT();
  const draw = useStageDraw(stage.id);
  const entries = useCampaignEntries(campaign.id);
  const progress = useStageProgress(stage.id, !!draw.data?.assignment);
  const published = draw.data;
  const entryCount = (entries.data ?? []).filter((entry) => entry.status !== 'withdrawn').length;
  let body;
  if (!published) body = <p className="yz-muted">{t('assign.needDraw')}</p>;
  else if (published.assignment) body = <AssignmentDone assignment={published.assignment} progress={progress.data} />;
  else if (!JUDGES_OPEN.includes(stage.status) || !campaign.abilities.update) body = <p className="yz-muted">{t('progress.empty')}</p>;
  else if (entries.data && entryCount === 0) body = <Alert type="info" showIcon title={t('assign.noEntries')} />;
  else body = entries.data && <AssignForm stageId={stage.id} panelSize={published.panel.length} entryCount={entryCount} />;
  return (
    <Card title={<h2 className="yz-card-title">{t('assign.title')}</h2>} data-testid="stage-assign">
      {body}
    </Card>
  );
}

function AssignForm({ stageId, panelSize, entryCount }: { stageId: number; panelSize: number; entryCount: number }) {
  const { t } = useT();
  const { modal, message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const mutation = useAssignJudges(stageId);
  const [unmatched, setUnmatched] = useState<string[]>([]);
  const perEntry = Math.min(3, panelSize);
  // The even share, which the balanced assignment reaches when no conflict gets in the way.
  const initialValues = { perEntry, loadCap: Math.max(1, Math.ceil((entryCount * perEntry) / panelSize)) };
  const required = (field: string) => [{ required: true, message: t('common.fieldRequired', { field }) }];

  const onFinish = (values: Values) => {
    const body = { perEntry: values.perEntry!, loadCap: values.loadCap! };
    modal.confirm({
      title: t('assign.confirmTitle'),
      content: t('assign.confirmBody', { entries: entryCount, ...body }),
      okText: t('assign.run'),
      cancelText: t('common.cancel'),
      onOk: () => {
        setUnmatched([]);
        mutation.mutate(body, {
          onSuccess: (result) => void message.success(t('assign.done', { n: result.assigned })),
          onError: (error) => setUnmatched(applyFieldErrors(form, error)),
        });
      },
    });
  };

  return (
    <Form<Values> form={form} layout="vertical" name="assign" initialValues={initialValues} onFinish={onFinish}>
      <p className="yz-muted">{t('assign.lead')}</p>
      <FormErrorAlert error={mutation.error} unmatched={unmatched} />
      <Space wrap size="large" align="end">
        <Form.Item label={t('assign.perEntry')} name="perEntry" rules={required(t('assign.perEntry'))}>
          <InputNumber min={1} max={Math.min(100, panelSize)} precision={0} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item label={t('assign.loadCap')} name="loadCap" rules={required(t('assign.loadCap'))}>
          <InputNumber min={1} max={100_000} precision={0} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" loading={mutation.isPending} data-testid="assign-run">
            {t('assign.run')}
          </Button>
        </Form.Item>
      </Space>
    </Form>
  );
}

/** The rules used, and the entries that got fewer judges than asked (conflicts found, or the cap). */
function AssignmentDone({ assignment, progress }: { assignment: NonNullable<StageDraw['assignment']>; progress: StageProgress | undefined }) {
  const { t } = useT();
  const format = useFormat();
  const short = (progress?.entries ?? []).filter((entry) => entry.assigned < assignment.perEntry);
  return (
    <div className="yz-section-stack" data-testid="assign-done">
      <p>{t('assign.assignedAt', { at: format.dateTime(assignment.assignedAt), perEntry: assignment.perEntry, loadCap: assignment.loadCap })}</p>
      {progress &&
        (short.length ? (
          <Alert
            type="warning"
            showIcon
            title={t('assign.short', { n: short.length })}
            description={short.map((entry) => t('assign.shortItem', { title: entry.title, assigned: entry.assigned, perEntry: assignment.perEntry })).join('；')}
          />
        ) : (
          <Alert type="success" showIcon title={t('assign.shortNone')} />
        ))}
    </div>
  );
}
