import { Tag } from 'antd';
import { USER_STATUS_LABELS } from '@shared/users.enums';
import type { Account } from '../../../../api/users';
import { useT } from '../../../../i18n/use-t';

/** Active or disabled, plus the conditions that need the security admin: a sign-in lock, a pending password change. */
export function UserStatusTags({ user }: { user: Account }) {
  const { label } = useT();
  return (
    <>
      {user.isActive ? <Tag color="green">{label(USER_STATUS_LABELS.active)}</Tag> : <Tag>{label(USER_STATUS_LABELS.disabled)}</Tag>}
      {user.lockedUntil && <Tag color="red">{label(USER_STATUS_LABELS.locked)}</Tag>}
      {user.mustChangePassword && <Tag color="orange">{label(USER_STATUS_LABELS.must_change)}</Tag>}
    </>
  );
}
