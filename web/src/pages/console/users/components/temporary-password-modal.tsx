import { Alert, Button, Modal, Typography } from 'antd';
import { useT } from '../../../../i18n/use-t';

/**
 * The one time a temporary password is shown: the page keeps it only while this is open and
 * forgets it on close; the server never gives it out again.
 */
export function TemporaryPasswordModal({ name, password, onClose }: { name: string; password: string; onClose: () => void }) {
  const { t } = useT();
  return (
    <Modal
      open
      title={t('users.tempTitle', { name })}
      onCancel={onClose}
      mask={{ closable: false }}
      footer={
        <Button type="primary" onClick={onClose}>
          {t('users.close')}
        </Button>
      }
    >
      <Alert type="warning" showIcon className="yz-mb" title={t('users.tempOnce')} />
      <Typography.Paragraph
        className="yz-temp-password"
        copyable={{ text: password, tooltips: [t('users.copy'), t('users.copied')] }}
        data-testid="temporary-password"
      >
        <code>{password}</code>
      </Typography.Paragraph>
    </Modal>
  );
}
