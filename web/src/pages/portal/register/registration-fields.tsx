import { Alert, Button, Form, Input, Select } from 'antd';
import { normaliseCreditCode } from '@shared/registry/credit-code';
import { LIMITS } from '@shared/limits';
import { useRegister } from '../../../api/my-evaluation';
import type { Registered, RegistrationForm } from '../../../api/types';
import { FormErrorAlert } from '../../../components/form-dialog';
import { useT } from '../../../i18n/use-t';
import { applyFieldErrors } from '../../../lib/form-errors';
import { useState } from 'react';
import { creditCodeMessage } from './credit-code-rule';

type Values = {
  companyName: string;
  creditCode: string;
  projectName: string;
  categoryId: number;
  contactName: string;
  contactPhone: string;
  contactEmail: string;
  password: string;
  passwordConfirm: string;
};

const PHONE = /^\+?[\d\s-]{7,20}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * The registration form. The credit code is checked as it is typed with the server's own checker
 * and the problem said in words; the password policy is shown, and the server's verdict on it
 * lands on the field. The API takes one contact field: name, phone and e-mail are joined into it.
 */
export function RegistrationFields({
  campaignId,
  groups,
  policy,
  onRegistered,
}: {
  campaignId: number;
  groups: RegistrationForm['groups'];
  policy: RegistrationForm['passwordPolicy'];
  onRegistered: (registered: Registered, company: string) => void;
}) {
  const { t } = useT();
  const [form] = Form.useForm<Values>();
  const register = useRegister(campaignId);
  const [unmatched, setUnmatched] = useState<string[]>([]);
  const required = (field: string) => ({ required: true, whitespace: true, message: t('common.fieldRequired', { field }) });

  if (groups.length === 0) return <Alert type="warning" showIcon title={t('register.noGroups')} />;

  const onFinish = (values: Values) => {
    setUnmatched([]);
    register.mutate(
      {
        companyName: values.companyName.trim(),
        creditCode: normaliseCreditCode(values.creditCode),
        projectName: values.projectName.trim(),
        categoryId: values.categoryId,
        contact: [values.contactName.trim(), values.contactPhone.trim(), values.contactEmail.trim()].join(' / '),
        password: values.password,
      },
      { onSuccess: (registered) => onRegistered(registered, values.companyName.trim()), onError: (error) => setUnmatched(applyFieldErrors(form, error)) },
    );
  };

  const labels = {
    company: t('register.company'),
    code: t('register.creditCode'),
    project: t('register.project'),
    group: t('register.group'),
    name: t('register.contactName'),
    phone: t('register.contactPhone'),
    email: t('register.contactEmail'),
    password: t('register.password'),
    confirm: t('register.passwordConfirm'),
  };
  return (
    <>
      <FormErrorAlert error={register.error} unmatched={unmatched} />
      <Form<Values> form={form} layout="vertical" name="contest-registration" onFinish={onFinish} style={{ maxWidth: 560 }} scrollToFirstError>
        <Form.Item label={labels.company} name="companyName" rules={[required(labels.company)]}>
          <Input maxLength={LIMITS.nameMax} autoComplete="organization" data-testid="reg-company" />
        </Form.Item>
        <Form.Item
          label={labels.code}
          name="creditCode"
          extra={t('register.creditCodeHint')}
          // Shown as the checker reads it: spaces dropped, full-width folded, upper case.
          normalize={(value: string) => normaliseCreditCode(value ?? '')}
          hasFeedback
          rules={[
            required(labels.code),
            {
              validator: async (_, value: string | undefined) => {
                if (!value?.trim()) return;
                const problem = creditCodeMessage(value);
                if (problem) throw new Error(t(problem.key, { n: problem.n }));
              },
            },
          ]}
        >
          <Input maxLength={40} autoComplete="off" spellCheck={false} className="yz-mono" data-testid="reg-code" />
        </Form.Item>
        <Form.Item label={labels.project} name="projectName" rules={[required(labels.project)]}>
          <Input maxLength={LIMITS.nameMax} data-testid="reg-project" />
        </Form.Item>
        <Form.Item label={labels.group} name="categoryId" rules={[{ required: true, message: t('common.fieldRequired', { field: labels.group }) }]}>
          <Select options={groups.map((group) => ({ value: group.id, label: group.name }))} data-testid="reg-group" />
        </Form.Item>
        <Form.Item label={labels.name} name="contactName" rules={[required(labels.name)]}>
          <Input maxLength={40} autoComplete="name" data-testid="reg-contact-name" />
        </Form.Item>
        <Form.Item label={labels.phone} name="contactPhone" rules={[required(labels.phone), { pattern: PHONE, message: t('register.phoneInvalid') }]}>
          <Input maxLength={20} autoComplete="tel" inputMode="tel" data-testid="reg-contact-phone" />
        </Form.Item>
        <Form.Item label={labels.email} name="contactEmail" rules={[required(labels.email), { pattern: EMAIL, message: t('register.emailInvalid') }]}>
          <Input maxLength={100} autoComplete="email" inputMode="email" data-testid="reg-contact-email" />
        </Form.Item>
        <Form.Item label={labels.password} name="password" extra={t('register.policy', { min: policy.minLength, classes: policy.minClasses })} rules={[{ required: true, message: t('common.fieldRequired', { field: labels.password }) }]}>
          <Input.Password maxLength={LIMITS.passwordMax} autoComplete="new-password" data-testid="reg-password" />
        </Form.Item>
        <Form.Item
          label={labels.confirm}
          name="passwordConfirm"
          dependencies={['password']}
          rules={[
            { required: true, message: t('common.fieldRequired', { field: labels.confirm }) },
            ({ getFieldValue }) => ({
              validator: async (_, value: string | undefined) => {
                if (value && value !== getFieldValue('password')) throw new Error(t('register.passwordMismatch'));
              },
            }),
          ]}
        >
          <Input.Password maxLength={LIMITS.passwordMax} autoComplete="new-password" data-testid="reg-password-confirm" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={register.isPending} data-testid="reg-submit">
          {t('register.submit')}
        </Button>
      </Form>
    </>
  );
}
