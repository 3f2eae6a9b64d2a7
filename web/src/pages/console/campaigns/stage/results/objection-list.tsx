import { Button, Form, Input, List, Radio, Space, Tag } from 'antd';
import { LIMITS } from '@shared/limits';
import { useAnswerObjection } from '../../../../../api/evaluation/results';
import type { ResultsObjection, ResultsRecord } from '../../../../../api/types';
import { FormErrorAlert, useSubmitHandlers } from '../../../../../components/form-dialog';
import { resultEntryLabel } from '../../../../../components/result-entry';
import { useT } from '../../../../../i18n/use-t';
import { useFormat } from '../../../../../lib/use-format';

/** 异议: each objection with its filer, the entry it concerns and its text; the answer given, or a form to give one. */
export function ObjectionList({ stageId, record, canAnswer }: { stageId: number; record: ResultsRecord; canAnswer: boolean }) {
  const { t } = useT();
  const format = useFormat();
  const entries = new Map(record.entries.map((entry) => [entry.entryId, entry]));
  return (
    <section aria-labelledby="objections-title" data-testid="objections">
      <h3 id="objections-title" className="yz-subtitle">{t('results.objections')}</h3>
      <List<ResultsObjection>
        bordered
        dataSource={record.objections}
        locale={{ emptyText: t('results.objectionsNone') }}
        renderItem={(objection) => {
          const entry = entries.get(objection.entryId);
          return (
            <List.Item data-testid={`objection-${objection.id}`}>
              <div className="yz-section-stack yz-grow">
                <Space wrap>
                  <strong>{entry ? resultEntryLabel(entry) : `#${objection.entryId}`}</strong>
                  {objection.answeredAt ? (
                    <Tag color={objection.upheld ? 'red' : 'green'}>{objection.upheld ? t('results.upheldYes') : t('results.upheldNo')}</Tag>
                  ) : (
                    <Tag color="orange">{t('results.unanswered')}</Tag>
                  )}
                </Space>
                <div className="yz-muted yz-small">
                  {t('results.filer')}：{objection.filerName}（{objection.filerContact}）{objection.byApplicant && ` · ${t('results.byApplicant')}`} · {t('results.filedAt')} {format.dateTime(objection.filedAt)}
                </div>
                <p className="yz-pre-wrap">{objection.text}</p>
                {objection.answer !== null ? (
                  <div className="yz-answer">
                    <strong>{t('results.answer')}</strong>（{format.dateTime(objection.answeredAt)}）：<span className="yz-pre-wrap">{objection.answer}</span>
                  </div>
                ) : (
                  canAnswer && <AnswerForm stageId={stageId} objectionId={objection.id} />
                )}
              </div>
            </List.Item>
          );
        }}
      />
    </section>
  );
}

type AnswerValues = { answer: string; upheld: boolean };

function AnswerForm({ stageId, objectionId }: { stageId: number; objectionId: number }) {
  const { t } = useT();
  const [form] = Form.useForm<AnswerValues>();
  const answer = useAnswerObjection(stageId, objectionId);
  const { unmatched, reset, callbacks } = useSubmitHandlers(form, () => form.resetFields(), t('results.answerDone'));
  return (
    <Form<AnswerValues>
      form={form}
      layout="vertical"
      onFinish={(values) => {
        reset();
        answer.mutate({ answer: values.answer.trim(), upheld: values.upheld }, callbacks);
      }}
      data-testid={`answer-form-${objectionId}`}
    >
      <FormErrorAlert error={answer.error} unmatched={unmatched} />
      <Form.Item name="answer" label={t('results.answerText')} rules={[{ required: true, whitespace: true, message: t('common.fieldRequired', { field: t('results.answerText') }) }]}>
        <Input.TextArea rows={3} maxLength={LIMITS.commentMax} data-testid={`answer-text-${objectionId}`} />
      </Form.Item>
      <Form.Item name="upheld" label={t('results.upheld')} rules={[{ required: true, message: t('common.fieldRequired', { field: t('results.upheld') }) }]}>
        <Radio.Group
          options={[
            { value: false, label: t('results.upheldNo') },
            { value: true, label: t('results.upheldYes') },
          ]}
          data-testid={`answer-upheld-${objectionId}`}
        />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={answer.isPending} data-testid={`answer-submit-${objectionId}`}>
        {t('results.answer')}
      </Button>
    </Form>
  );
}
