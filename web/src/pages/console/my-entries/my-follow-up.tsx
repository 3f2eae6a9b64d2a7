import { Alert, Button, Card, Drawer, Form, Input, InputNumber, Space, Tag } from 'antd';
import { periodLabel, periodOf } from '@shared/follow-up.enums';
import { LIMITS } from '@shared/limits';
import { todayInChina } from '@shared/partial-date';
import { useState } from 'react';
import { useCorrectMyReport, useFileMyReport, useMyFollowUp } from '../../../api/follow-up';
import type { KpiReport, KpiReportBody, MyFollowUp } from '../../../api/types';
import { FormDialog, useSubmitHandlers } from '../../../components/form-dialog';
import { EmptyState, QueryState } from '../../../components/page-state';
import { useT } from '../../../i18n/use-t';
import { AgreementItem } from '../../../components/follow-up/agreement-item';
import { ReportsTable } from '../../../components/follow-up/reports-table';

/** 跟踪服务与绩效 of one of the applicant's entries: its award, its agreements and milestones, its KPI reports and the form to file one. */
export function MyFollowUpDrawer({ entryId, project, onClose }: { entryId: number; project: string; onClose: () => void }) {
  const { t } = useT();
  const followUp = useMyFollowUp(entryId);
  return (
    <Drawer open width={760} title={t('myFollowUp.title', { project })} onClose={onClose} data-testid="my-follow-up">
      <QueryState query={followUp}>{(data) => <Panel data={data} />}</QueryState>
    </Drawer>
  );
}

function Panel({ data }: { data: MyFollowUp }) {
  const { t, lang } = useT();
  const [filing, setFiling] = useState(false);
  const [correcting, setCorrecting] = useState<KpiReport | null>(null);
  if (!data.award) return <Alert type="info" showIcon title={t('myFollowUp.noAward')} />;
  return (
    <div className="yz-section-stack">
      <div>
        <Tag color="gold" data-testid="my-award">{t('myFollowUp.award', { award: data.award })}</Tag> <span className="yz-muted">{data.campaignTitle}</span>
      </div>
      <Card size="small" title={t('myFollowUp.agreements')}>
        {data.agreements.length === 0 ? <EmptyState description={t('myFollowUp.noAgreements')} /> : data.agreements.map((a) => <AgreementItem key={a.id} agreement={a} editable={false} />)}
      </Card>
      <Card
        size="small"
        title={t('myFollowUp.reports')}
        extra={data.accepting && <Button type="primary" size="small" onClick={() => setFiling(true)} data-testid="kpi-file">{t('myFollowUp.file')}</Button>}
      >
        {data.reports.length === 0 ? (
          <EmptyState description={t('followUp.noReports')} />
        ) : (
          <ReportsTable
            reports={data.reports}
            actions={(r) => r.correctable && <Button size="small" onClick={() => setCorrecting(r)} data-testid={`kpi-correct-${r.period}`}>{t('myFollowUp.correct')}</Button>}
          />
        )}
      </Card>
      {filing && <ReportDialog entryId={data.entryId} onClose={() => setFiling(false)} />}
      {correcting && <ReportDialog entryId={data.entryId} report={correcting} title={t('myFollowUp.correctTitle', { period: periodLabel(correcting.period, lang) })} onClose={() => setCorrecting(null)} />}
    </div>
  );
}

type Values = { period?: string; jobs?: number; revenueWan?: string; financingWan?: string; narrative?: string };

/** The KPI form: a new report (with its quarter), or a correction of one (the quarter fixed). */
function ReportDialog({ entryId, report, title, onClose }: { entryId: number; report?: KpiReport; title?: string; onClose: () => void }) {
  const { t } = useT();
  const [form] = Form.useForm<Values>();
  const filing = useFileMyReport(entryId);
  const correcting = useCorrectMyReport(report?.id ?? 0);
  const mutation = report ? correcting : filing;
  const submit = useSubmitHandlers(form, onClose, t('myFollowUp.filed'));
  const current = periodOf(todayInChina());
  const required = (field: string) => [{ required: true, message: t('common.fieldRequired', { field }) }];
  const body = (values: Values): KpiReportBody => ({
    period: report?.period ?? (values.period ?? '').trim(),
    jobs: values.jobs ?? 0,
    revenueWan: (values.revenueWan ?? '').trim(),
    financingWan: (values.financingWan ?? '').trim(),
    narrative: values.narrative?.trim() || null,
  });
  return (
    <FormDialog title={title ?? t('myFollowUp.fileTitle')} form={form} mutation={mutation} unmatched={submit.unmatched} onClose={onClose}>
      <Form<Values>
        form={form}
        layout="vertical"
        name="kpi-report"
        initialValues={report ? { jobs: report.jobs, revenueWan: report.revenueWan, financingWan: report.financingWan, narrative: report.narrative ?? '' } : { period: current }}
        onFinish={(values) => {
          submit.reset();
          const { period, ...figures } = body(values);
          if (report) correcting.mutate(figures, submit.callbacks);
          else filing.mutate({ period, ...figures }, submit.callbacks);
        }}
      >
        {!report && (
          <Form.Item label={t('followUp.period')} name="period" rules={required(t('followUp.period'))} extra={t('myFollowUp.periodHint', { example: current })}>
            <Input maxLength={7} style={{ width: 160 }} />
          </Form.Item>
        )}
        <Space wrap>
          <Form.Item label={t('followUp.jobs')} name="jobs" rules={required(t('followUp.jobs'))}>
            <InputNumber<number> min={0} max={10_000_000} precision={0} style={{ width: 160 }} />
          </Form.Item>
          <Form.Item label={t('followUp.revenue')} name="revenueWan" rules={required(t('followUp.revenue'))}>
            <Input inputMode="decimal" style={{ width: 160 }} />
          </Form.Item>
          <Form.Item label={t('followUp.financing')} name="financingWan" rules={required(t('followUp.financing'))}>
            <Input inputMode="decimal" style={{ width: 160 }} />
          </Form.Item>
        </Space>
        <Form.Item label={t('myFollowUp.narrative')} name="narrative">
          <Input.TextArea rows={3} maxLength={LIMITS.textMax} />
        </Form.Item>
      </Form>
    </FormDialog>
  );
}
