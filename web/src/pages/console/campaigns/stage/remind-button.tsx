import { BellOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm } from 'antd';
import { useRemindJudges } from '../../../../api/evaluation/stage-work';
import { useT } from '../../../../i18n/use-t';
import { errorMessage } from '../../../../lib/form-errors';

/**
 * 提醒评委: while the stage is scoring and some judge has sheets left, one click (confirmed) sends
 * each of them a notification (and a mail where the office mails) saying how far they are.
 */
export function RemindButton({ stageId, behind }: { stageId: number; behind: number }) {
  const { t } = useT();
  const { message } = App.useApp();
  const remind = useRemindJudges(stageId);
  return (
    <Popconfirm
      title={t('progress.remindConfirm', { n: behind })}
      okText={t('progress.remind')}
      cancelText={t('common.cancel')}
      onConfirm={() =>
        remind.mutate(undefined, {
          onSuccess: ({ reminded }) => void message.success(t('progress.reminded', { n: reminded })),
          onError: (error) => void message.error(errorMessage(error)),
        })
      }
    >
      <Button icon={<BellOutlined aria-hidden="true" />} loading={remind.isPending} disabled={behind === 0} data-testid="remind-judges">
        {t('progress.remind')}
      </Button>
    </Popconfirm>
  );
}
