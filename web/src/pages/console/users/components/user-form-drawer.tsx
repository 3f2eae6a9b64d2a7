import { App, Drawer, Form, Input, Select } from 'antd';
import { ROLES, ROLE_LABELS, roleHasZoneScope, type Role } from '@shared/enums';
import { LIMITS } from '@shared/limits';
import { useState } from 'react';
import { type Account, type AccountUpdateBody, useCreateAccount, useUpdateAccount } from '../../../../api/users';
import { FormDrawerFooter } from '../../../../components/form-drawer-footer';
import { ZoneTreeSelect } from '../../../../components/zone-tree-select';
import { useT } from '../../../../i18n/use-t';
import { applyFieldErrors } from '../../../../lib/form-errors';

type Values = { username?: string; displayName?: string; organisation?: string; email?: string; role?: Role; scopeZoneId?: number; password?: string };

const text = (value: string | undefined) => value?.trim() || null;

/** PATCH only what changed; the zone goes with the role (none for roles without a scope). */
function toUpdateBody(user: Account, values: Values): AccountUpdateBody {
  const body: AccountUpdateBody = {};
  const role = values.role ?? user.role;
  const scopeZoneId = roleHasZoneScope(role) ? (values.scopeZoneId ?? null) : null;
  if ((values.displayName ?? '').trim() !== user.displayName) body.displayName = (values.displayName ?? '').trim();
  if (text(values.organisation) !== user.organisation) body.organisation = text(values.organisation);
  if (text(values.email) !== user.email) body.email = text(values.email);
  if (role !== user.role) body.role = role;
  if (scopeZoneId !== (user.scopeZone?.id ?? null)) body.scopeZoneId = scopeZoneId;
  return body;
}

/**
 * Create an account (`user` undefined) or edit one. Creation answers with the one-time password,
 * handed to `onCreated` to show once. Your own role and zone cannot be changed here (nor by the API).
 */
export function UserFormDrawer({ user, onClose, onCreated }: { user?: Account; onClose: () => void; onCreated: (user: Account, password: string) => void }) {
  const { t, label } = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const create = useCreateAccount();
  const update = useUpdateAccount();
  const mutation = user ? update : create;
  const [unmatched, setUnmatched] = useState<string[]>([]);
  const role = Form.useWatch('role', form) ?? user?.role;
  const lockedRole = user?.isSelf ?? false;

  const onFinish = (values: Values) => {
    setUnmatched([]);
    const onError = (error: unknown) => setUnmatched(applyFieldErrors(form, error));
    if (user) {
      const body = toUpdateBody(user, values);
      // Nothing changed: no request, no audit entry.
      if (Object.keys(body).length === 0) return onClose();
      update.mutate(
        { id: user.id, body },
        {
          onSuccess: ({ user: saved }) => {
            void message.success(t('users.saved', { name: saved.displayName }));
            onClose();
          },
          onError,
        },
      );
      return;
    }
    const chosen = values.role ?? 'zone_staff';
    create.mutate(
      {
        username: (values.username ?? '').trim(),
        displayName: (values.displayName ?? '').trim(),
        organisation: text(values.organisation) ?? undefined,
        email: text(values.email) ?? undefined,
        role: chosen,
        scopeZoneId: roleHasZoneScope(chosen) ? values.scopeZoneId : undefined,
        password: values.password || undefined,
      },
      {
        onSuccess: ({ user: created, temporaryPassword }) => {
          void message.success(t('users.created', { name: created.displayName }));
          onCreated(created, temporaryPassword);
        },
        onError,
      },
    );
  };

  const required = (field: string) => ({ required: true, whitespace: true, message: t('common.fieldRequired', { field }) });

  return (
    <Drawer
      open
      size={520}
      title={user ? `${t('users.edit')} · ${user.displayName}` : t('users.create')}
      onClose={onClose}
      mask={{ closable: false }}
      footer={<FormDrawerFooter mutation={mutation} form={form} unmatched={unmatched} submitLabel={t(user ? 'common.save' : 'common.submit')} onCancel={onClose} />}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        name={user ? `user-edit-${user.id}` : 'user-create'}
        initialValues={
          user
            ? { username: user.username, displayName: user.displayName, organisation: user.organisation ?? '', email: user.email ?? '', role: user.role, scopeZoneId: user.scopeZone?.id }
            : { role: 'zone_staff' }
        }
        onFinish={onFinish}
      >
        <Form.Item label={t('users.username')} name="username" rules={user ? [] : [required(t('users.username'))]}>
          <Input disabled={!!user} maxLength={LIMITS.usernameMax} autoComplete="off" />
        </Form.Item>
        <Form.Item label={t('users.displayName')} name="displayName" rules={[required(t('users.displayName'))]}>
          <Input maxLength={LIMITS.nameMax} />
        </Form.Item>
        <Form.Item label={t('users.organisation')} name="organisation">
          <Input maxLength={LIMITS.nameMax} />
        </Form.Item>
        <Form.Item label={t('users.email')} name="email" extra={t('users.emailHint')} rules={[{ type: 'email', message: t('users.emailInvalid') }]}>
          <Input type="email" maxLength={254} autoComplete="off" inputMode="email" />
        </Form.Item>
        <Form.Item
          label={t('users.role')}
          name="role"
          rules={[{ required: true, message: t('common.selectRequired', { field: t('users.role') }) }]}
          extra={lockedRole ? t('users.selfHint') : undefined}
        >
          <Select<Role> disabled={lockedRole} options={ROLES.map((value) => ({ value, label: label(ROLE_LABELS[value]) }))} />
        </Form.Item>
        {role && roleHasZoneScope(role) ? (
          <Form.Item
            label={t('users.zone')}
            name="scopeZoneId"
            rules={[{ required: true, message: t('common.selectRequired', { field: t('users.zone') }) }]}
            extra={t('users.scopeHint')}
          >
            <ZoneTreeSelect allowClear={false} disabled={lockedRole} placeholder={t('users.zone')} style={{ width: '100%' }} />
          </Form.Item>
        ) : (
          <Form.Item label={t('users.zone')} extra={t('users.scopeHint')}>
            <span className="yz-muted">{t('users.noScope')}</span>
          </Form.Item>
        )}
        {!user && (
          <Form.Item label={t('users.password')} name="password" extra={t('users.passwordHint')}>
            <Input.Password maxLength={LIMITS.passwordMax} autoComplete="new-password" />
          </Form.Item>
        )}
      </Form>
    </Drawer>
  );
}
