import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Descriptions, Form, Space } from 'antd';
import { STAGE_STATUS_LABELS, type StageStatus } from '@shared/evaluation.enums';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../../api/api';
import { useMyAssignments, useSaveSheet, useSubmitSheet } from '../../../api/my-evaluation';
import type { Criterion, MyAssignment } from '../../../api/types';
import { FormErrorAlert } from '../../../components/form-dialog';
import { EmptyState, QueryState } from '../../../components/page-state';
import { useT } from '../../../i18n/use-t';
import { useFormat } from '../../../lib/use-format';
import { CriterionField } from './components/criterion-field';
import { type FormScores, toSheetScores, unscored, weightedTotal } from './components/weighted-total';

type Values = { scores: FormScores };

/** 评分表: one assigned entry's sheet, reached from 我的评审; its draft lives on the server, so a reload shows it again. */
export function ScoreSheetPage() {
  const { t } = useT();
  const params = useParams();
  const stageId = Number(params.stageId);
  const entryId = Number(params.entryId);
  const assignments = useMyAssignments();
  return (
    <div className="yz-section-stack">
      <Link to="/console/my-reviews">
        <ArrowLeftOutlined aria-hidden="true" /> {t('score.back')}
      </Link>
      <QueryState query={assignments}>
        {(data) => {
          const item = data.items.find((row) => row.stageId === stageId && row.entry.id === entryId);
          const criteria = data.stages.find((stage) => stage.stageId === stageId)?.criteria ?? [];
          return item ? <ScoreSheet key={`${stageId}-${entryId}`} item={item} criteria={criteria} /> : <EmptyState description={t('score.notFound')} />;
        }}
      </QueryState>
    </div>
  );
}

/** The server's refusal of a score lands on its criterion (`scores/<id>`), its message as the server words it. */
function showScoreErrors(form: ReturnType<typeof Form.useForm<Values>>[0], error: unknown) {
  if (!(error instanceof ApiError)) return;
  const fields = error.fields.flatMap((field) => {
    const id = /^scores\/(\d+)$/.exec(field.path)?.[1];
    return id ? [{ name: ['scores', id] as ['scores', string], errors: [field.message] }] : [];
  });
  form.setFields(fields);
}

function ScoreSheet({ item, criteria }: { item: MyAssignment; criteria: Criterion[] }) {
  const { t, label } = useT();
  const format = useFormat();
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useSaveSheet();
  const submit = useSubmitSheet();
  const [lastError, setLastError] = useState<unknown>(null);
  const watched = Form.useWatch('scores', form) as FormScores | undefined;
  const scores: FormScores = watched ?? item.sheet?.scores ?? {};
  const submitted = item.sheet?.status === 'submitted';
  const scoring = item.stageStatus === 'scoring';
  const readOnly = submitted || !scoring || !item.committed;
  const total = weightedTotal(criteria, scores);
  const missing = unscored(criteria, scores);
  const totalText = format.number(Math.round(total * 100) / 100);
  const call = { stageId: item.stageId, entryId: item.entry.id };

  const onError = (error: unknown) => {
    setLastError(error);
    showScoreErrors(form, error);
  };
  const onSave = () => {
    setLastError(null);
    save.mutate({ ...call, scores: toSheetScores(form.getFieldValue('scores') ?? {}) }, { onSuccess: () => void message.success(t('score.saved')), onError });
  };
  const onSubmit = () => {
    setLastError(null);
    const current: FormScores = form.getFieldValue('scores') ?? {};
    const gaps = unscored(criteria, current);
    if (gaps.length > 0) {
      form.setFields(gaps.map((criterion) => ({ name: ['scores', String(criterion.id)] as ['scores', string], errors: [t('score.required', { name: criterion.nameZh })] })));
      return;
    }
    modal.confirm({
      title: t('score.confirmTitle'),
      content: t('score.confirmBody', { total: totalText }),
      okText: t('score.confirmOk'),
      cancelText: t('common.cancel'),
      okButtonProps: { danger: true, 'data-testid': 'score-confirm-ok' },
      onOk: () =>
        submit.mutateAsync({ ...call, scores: toSheetScores(current) }).then(
          () => void message.success(t('score.submitted')),
          (error: unknown) => onError(error),
        ),
    });
  };

  const stageStatus = item.stageStatus as StageStatus;
  return (
    <>
      <Card>
        <h1 className="yz-page-title yz-page-title--flush">{t('score.title', { title: item.entry.title })}</h1>
        <Descriptions
          size="small"
          column={{ xs: 1, md: 3 }}
          items={[
            { key: 'stage', label: t('score.campaign'), children: `${item.campaignTitle} · ${item.stageName}` },
            ...(item.blind
              ? [{ key: 'blind', label: t('myReviews.company'), children: t('myReviews.hidden') }]
              : [
                  { key: 'company', label: t('myReviews.company'), children: item.entry.companyName ?? '—' },
                  { key: 'zone', label: t('myReviews.zone'), children: item.entry.zoneName ?? '—' },
                ]),
            { key: 'ends', label: t('score.deadline'), children: item.endsOn ? format.date(item.endsOn) : t('score.noDeadline') },
          ]}
        />
      </Card>
      {submitted && <Alert type="success" showIcon title={t('score.submittedAt', { time: format.dateTime(item.sheet?.submittedAt) })} data-testid="sheet-submitted" />}
      {!submitted && !item.committed && (
        <Alert type="warning" showIcon title={t('commitment.needed')} action={<Link to="/console/my-reviews">{t('score.back')}</Link>} />
      )}
      {!submitted && !scoring && <Alert type="info" showIcon title={t('myReviews.notScoring', { status: label(STAGE_STATUS_LABELS[stageStatus]) })} />}
      <Card>
        <FormErrorAlert error={lastError} unmatched={[]} />
        <Form<Values>
          form={form}
          layout="vertical"
          name="score-sheet"
          initialValues={{ scores: item.sheet?.scores ?? {} }}
          onFinish={onSave}
          disabled={readOnly}
          // A changed score drops the message it had (a missing score, the server's refusal).
          onValuesChange={(changed: Partial<Values>) => form.setFields(Object.keys(changed.scores ?? {}).map((id) => ({ name: ['scores', id] as ['scores', string], errors: [] })))}
        >
          {criteria.map((criterion) => (
            <CriterionField key={criterion.id} criterion={criterion} score={scores[String(criterion.id)]} readOnly={readOnly} />
          ))}
        </Form>
        <div className="yz-score-footer" aria-live="polite">
          <div>
            <span className="yz-score-footer__label">{t('score.total')}</span>
            <strong className="yz-score-footer__total" data-testid="weighted-total">{totalText}</strong>
            {missing.length > 0 && !submitted && <span className="yz-muted"> · {t('score.missing', { n: missing.length })}</span>}
            <div className="yz-muted">{t('score.totalHint')}</div>
          </div>
          {!readOnly && (
            <Space wrap>
              <Button onClick={onSave} loading={save.isPending} data-testid="sheet-save">
                {t('score.saveDraft')}
              </Button>
              <Button type="primary" onClick={onSubmit} loading={submit.isPending} data-testid="sheet-submit">
                {t('score.submit')}
              </Button>
            </Space>
          )}
        </div>
      </Card>
    </>
  );
}
