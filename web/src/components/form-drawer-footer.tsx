import { Alert, Button, type FormInstance, Space } from 'antd';
import { useT } from '../i18n/use-t';
import { errorMessage } from '../lib/form-errors';

/**
 * Cancel and submit for a form in a drawer. The error sits here so it stays in view however far
 * the form is scrolled, with the field messages that matched no field (`unmatched`).
 */
export function FormDrawerFooter({
  mutation,
  form,
  unmatched,
  submitLabel,
  onCancel,
}: {
  mutation: { error: unknown; isPending: boolean };
  form: FormInstance;
  unmatched: string[];
  submitLabel: string;
  onCancel: () => void;
}) {
  const { t } = useT();
  const { error } = mutation;
  return (
    <>
      {error ? <Alert type="error" showIcon role="alert" className="yz-mb" title={errorMessage(error)} description={unmatched.length ? unmatched.join('；') : undefined} /> : null}
      <Space>
        <Button onClick={onCancel}>{t('common.cancel')}</Button>
        <Button type="primary" loading={mutation.isPending} onClick={() => form.submit()}>
          {submitLabel}
        </Button>
      </Space>
    </>
  );
}
