import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button, Space } from 'antd';
import { useVerifyAudit } from '../../../../api/audit';
import { useFormat } from '../../../../lib/use-format';
import { useT } from '../../../../i18n/use-t';
import { errorMessage } from '../../../../lib/form-errors';

/** Recomputes the hash chain on the server and says whether any entry was altered. */
export function AuditVerify() {
  const { t } = useT();
  const format = useFormat();
  const verify = useVerifyAudit();
  const result = verify.data;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Button icon={<SafetyCertificateOutlined aria-hidden="true" />} loading={verify.isPending} onClick={() => verify.mutate()}>
        {t('audit.verify')}
      </Button>
      <div aria-live="polite">
        {result && result.ok && (
          <Alert type="success" showIcon data-testid="audit-verify-result" title={t('audit.verifyOk', { n: format.number(result.checked) })} />
        )}
        {result && !result.ok && (
          <Alert
            type="error"
            showIcon
            data-testid="audit-verify-result"
            title={t('audit.verifyBroken', { id: result.brokenAt ?? '?', n: format.number(result.checked) })}
          />
        )}
        {verify.isError && <Alert type="error" showIcon role="alert" title={errorMessage(verify.error)} />}
      </div>
    </Space>
  );
}
