import { Alert, App, Button, Card, Form, InputNumber } from 'antd';
import { SECURITY_SETTINGS_BOUNDS, type SecuritySettings } from '@shared/security-settings';
import { useEffect } from 'react';
import { useSaveSecuritySettings, useSecuritySettings } from '../../../../api/users';
import { QueryState } from '../../../../components/page-state';
import type { DictKey } from '../../../../i18n/dictionary';
import { useFormat } from '../../../../lib/use-format';
import { useT } from '../../../../i18n/use-t';
import { applyFieldErrors, errorMessage } from '../../../../lib/form-errors';

const FIELDS: { name: keyof SecuritySettings; labelKey: DictKey; hintKey?: DictKey }[][] = [
  [
    { name: 'passwordMinLength', labelKey: 'settings.minLength' },
    { name: 'passwordMinClasses', labelKey: 'settings.minClasses', hintKey: 'settings.minClassesHint' },
  ],
  [
    { name: 'sessionIdleMinutes', labelKey: 'settings.idleMinutes' },
    { name: 'sessionMaxHours', labelKey: 'settings.maxHours' },
  ],
];
const GROUP_TITLES: DictKey[] = ['settings.passwordPolicy', 'settings.sessionLimits'];

/** Password policy and session limits: applied by the server to the next sign-in, password change and request. */
export function SecuritySettingsForm() {
  const { t } = useT();
  const format = useFormat();
  const { message } = App.useApp();
  const [form] = Form.useForm<SecuritySettings>();
  const answer = useSecuritySettings();
  const save = useSaveSecuritySettings();
  const stored = answer.data?.settings;

  useEffect(() => {
    if (stored) form.setFieldsValue(stored);
  }, [form, stored]);

  const onFinish = (values: SecuritySettings) =>
    save.mutate(values, { onSuccess: () => void message.success(t('settings.saved')), onError: (error) => applyFieldErrors(form, error) });

  return (
    <QueryState query={answer}>
      {({ settings }) => (
        <Form<SecuritySettings> form={form} layout="vertical" name="security-settings" initialValues={settings} onFinish={onFinish} className="yz-narrow">
          <Alert
            type="info"
            showIcon
            className="yz-mb"
            title={settings.updatedAt ? t('settings.updated', { at: format.dateTime(settings.updatedAt), by: settings.updatedBy ?? '—' }) : t('settings.usingDefaults')}
          />
          {save.isError && <Alert type="error" showIcon role="alert" className="yz-mb" title={errorMessage(save.error)} />}
          {FIELDS.map((group, index) => (
            <Card key={GROUP_TITLES[index]} className="yz-mb" title={<h2 className="yz-card-title">{t(GROUP_TITLES[index]!)}</h2>}>
              {group.map(({ name, labelKey, hintKey }) => {
                const { min, max } = SECURITY_SETTINGS_BOUNDS[name];
                return (
                  <Form.Item
                    key={name}
                    label={t(labelKey)}
                    name={name}
                    extra={`${hintKey ? `${t(hintKey)} · ` : ''}${t('settings.range', { min, max })}`}
                    rules={[{ required: true, message: t('common.fieldRequired', { field: t(labelKey) }) }]}
                  >
                    <InputNumber min={min} max={max} precision={0} style={{ width: 160 }} />
                  </Form.Item>
                );
              })}
            </Card>
          ))}
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            {t('common.save')}
          </Button>
        </Form>
      )}
    </QueryState>
  );
}
