import { CheckCircleOutlined } from '@ant-design/icons';
import { Alert, App, Button, Checkbox, Space } from 'antd';
import { JUDGE_COMMITMENT_TEXT, JUDGE_COMMITMENT_VERSION } from '@shared/evaluation/commitment';
import { useId, useState } from 'react';
import { useConfirmCommitment } from '../../../../api/my-evaluation';
import { FormErrorAlert } from '../../../../components/form-dialog';
import { useT } from '../../../../i18n/use-t';

/**
 * The stage's 评审承诺书 in full, the same text the server records the version of; confirming
 * takes two deliberate steps (tick, then sign). Once confirmed, a one-line note remains.
 */
export function CommitmentPanel({ stageId, committed }: { stageId: number; committed: boolean }) {
  const { t, label } = useT();
  const { message } = App.useApp();
  const [agreed, setAgreed] = useState(false);
  const confirm = useConfirmCommitment();
  const headingId = useId();

  if (committed) {
    return <Alert type="success" showIcon icon={<CheckCircleOutlined aria-hidden="true" />} className="yz-mb" title={t('commitment.confirmed')} data-testid={`commitment-done-${stageId}`} />;
  }
  return (
    <section aria-labelledby={headingId} className="yz-commitment yz-mb" data-testid={`commitment-${stageId}`}>
      <Alert type="warning" showIcon className="yz-mb" title={t('commitment.needed')} />
      <h3 id={headingId} className="yz-section-title">
        {t('commitment.title')}
        <span className="yz-section-title__hint">{t('commitment.version', { version: JUDGE_COMMITMENT_VERSION })}</span>
      </h3>
      <blockquote className="yz-commitment__text">{label(JUDGE_COMMITMENT_TEXT)}</blockquote>
      <FormErrorAlert error={confirm.error} unmatched={[]} />
      <Space wrap>
        <Checkbox checked={agreed} onChange={(event) => setAgreed(event.target.checked)} data-testid={`commitment-agree-${stageId}`}>
          {t('commitment.agree')}
        </Checkbox>
        <Button
          type="primary"
          disabled={!agreed}
          loading={confirm.isPending}
          onClick={() => confirm.mutate(stageId, { onSuccess: () => void message.success(t('commitment.confirmed')) })}
          data-testid={`commitment-confirm-${stageId}`}
        >
          {t('commitment.confirm')}
        </Button>
      </Space>
    </section>
  );
}
