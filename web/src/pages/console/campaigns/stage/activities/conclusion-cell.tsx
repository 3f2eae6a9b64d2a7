import { App, Button, Input, Modal, Space, Tag, Tooltip } from 'antd';
import { useState } from 'react';
import type { DiligenceEntry } from '../../../../../api/types';
import { useSetConclusion } from '../../../../../api/evaluation/stage-activities';
import { useT } from '../../../../../i18n/use-t';
import { errorMessage } from '../../../../../lib/form-errors';

/** An entry's conclusion: 通过 at once (the server refuses it while a required item has not passed), 不通过 asks its reason. */
export function ConclusionCell({ stageId, entry, editable }: { stageId: number; entry: DiligenceEntry; editable: boolean }) {
  const { t } = useT();
  const { message } = App.useApp();
  const conclude = useSetConclusion(stageId);
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const done = entry.conclusion;
  const shown = done ? (
    <Tooltip title={done.reason ?? undefined}>
      <Tag color={done.passed ? 'green' : 'red'} data-testid={`conclusion-${entry.entryId}`} data-passed={String(done.passed)}>{done.passed ? t('diligence.pass') : t('diligence.fail')}</Tag>
    </Tooltip>
  ) : (
    <span className="yz-muted" data-testid={`conclusion-${entry.entryId}`}>{t('diligence.noConclusion')}</span>
  );
  if (!editable) return shown;
  const send = (passed: boolean, why: string | null) =>
    conclude.mutate({ entryId: entry.entryId, passed, reason: why }, { onSuccess: () => setAsking(false), onError: (error) => void message.error(errorMessage(error)) });
  return (
    <Space wrap>
      {shown}
      <Button size="small" onClick={() => send(true, null)} loading={conclude.isPending} data-testid={`conclude-pass-${entry.entryId}`}>{t('diligence.pass')}</Button>
      <Button size="small" danger onClick={() => { setReason(''); setAsking(true); }} data-testid={`conclude-fail-${entry.entryId}`}>{t('diligence.fail')}</Button>
      <Modal open={asking} title={t('diligence.reason')} onCancel={() => setAsking(false)} onOk={() => send(false, reason.trim())} okButtonProps={{ disabled: !reason.trim(), loading: conclude.isPending }} cancelText={t('common.cancel')} okText={t('diligence.save')}>
        <Input.TextArea value={reason} onChange={(event) => setReason(event.target.value)} aria-label={t('diligence.reason')} maxLength={1000} autoSize={{ minRows: 3 }} data-testid="conclude-reason" />
      </Modal>
    </Space>
  );
}
