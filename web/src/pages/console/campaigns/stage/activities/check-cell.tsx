import { App, Button, Input, Popover, Radio, Space, Tag } from 'antd';
import { CHECK_OUTCOME_LABELS, CHECK_OUTCOMES, type CheckOutcome } from '@shared/stage-activities.enums';
import { useState } from 'react';
import type { DiligenceEntry } from '../../../../../api/types';
import { useRecordChecks } from '../../../../../api/evaluation/stage-activities';
import { useT } from '../../../../../i18n/use-t';
import { errorMessage } from '../../../../../lib/form-errors';
import { useFormat } from '../../../../../lib/use-format';

export const OUTCOME_COLORS: Record<CheckOutcome, string> = { pass: 'green', fail: 'red', pending: 'orange' };
type Check = DiligenceEntry['checks'][number];

/** One entry × one item: its outcome as a tag; the organiser opens it to record the outcome and a note (who and when shown). */
export function CheckCell({ stageId, entryId, itemId, check, editable }: { stageId: number; entryId: number; itemId: number; check: Check | undefined; editable: boolean }) {
  const { t, label } = useT();
  const format = useFormat();
  const { message } = App.useApp();
  const record = useRecordChecks(stageId);
  const [open, setOpen] = useState(false);
  const [outcome, setOutcome] = useState<CheckOutcome | undefined>(check?.outcome);
  const [note, setNote] = useState(check?.note ?? '');
  const shown = check ? <Tag color={OUTCOME_COLORS[check.outcome]} data-outcome={check.outcome}>{label(CHECK_OUTCOME_LABELS[check.outcome])}</Tag> : <span className="yz-muted">—</span>;
  const save = () =>
    outcome &&
    record.mutate(
      { checks: [{ entryId, itemId, outcome, note: note.trim() || null }] },
      { onSuccess: () => setOpen(false), onError: (error) => void message.error(errorMessage(error)) },
    );
  const content = (
    <Space direction="vertical" style={{ width: 260 }}>
      <Radio.Group value={outcome} onChange={(event) => setOutcome(event.target.value as CheckOutcome)} optionType="button" data-testid={`check-outcome-${entryId}-${itemId}`}
        options={CHECK_OUTCOMES.map((value) => ({ value, label: label(CHECK_OUTCOME_LABELS[value]) }))} />
      <Input.TextArea value={note} onChange={(event) => setNote(event.target.value)} placeholder={t('diligence.note')} aria-label={t('diligence.note')} maxLength={1000} autoSize={{ minRows: 2 }} />
      {check && <span className="yz-muted">{t('diligence.checkedBy', { by: check.by, at: format.dateTime(check.at) })}</span>}
      <Button type="primary" onClick={save} disabled={!outcome} loading={record.isPending} data-testid={`check-save-${entryId}-${itemId}`}>{t('diligence.save')}</Button>
    </Space>
  );
  if (!editable) return check?.note ? <Popover content={check.note}>{shown}</Popover> : shown;
  return (
    <Popover trigger="click" open={open} onOpenChange={(next) => { setOpen(next); setOutcome(check?.outcome); setNote(check?.note ?? ''); }} content={content}>
      <Button type="text" size="small" data-testid={`check-${entryId}-${itemId}`} aria-label={t('diligence.matrix')}>{shown}</Button>
    </Popover>
  );
}
