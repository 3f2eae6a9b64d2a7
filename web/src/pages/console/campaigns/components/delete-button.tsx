import { DeleteOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm } from 'antd';
import { errorMessage } from '../../../../lib/form-errors';
import { useT } from '../../../../i18n/use-t';

/** 删除 with a confirmation; the server's refusal (a stage with entries, a category in use) shows as a message. */
export function DeleteButton({ name, onDelete, testId }: { name: string; onDelete: () => Promise<unknown>; testId: string }) {
  const { t } = useT();
  const { message } = App.useApp();
  return (
    <Popconfirm
      title={t('evaluation.deleteConfirm', { name })}
      okText={t('evaluation.delete')}
      okButtonProps={{ danger: true }}
      cancelText={t('common.cancel')}
      onConfirm={() =>
        onDelete().then(
          () => void message.success(t('evaluation.deleted')),
          (error: unknown) => void message.error(errorMessage(error) ?? t('common.error')),
        )
      }
    >
      <Button size="small" type="text" danger icon={<DeleteOutlined aria-hidden="true" />} aria-label={`${t('evaluation.delete')} ${name}`} data-testid={testId} />
    </Popconfirm>
  );
}
