import { Form, Input } from 'antd';
import { ROLES, ROLE_LABELS, type Role } from '@shared/enums';
import { USER_STATUSES, USER_STATUS_LABELS, type UserStatus } from '@shared/users.enums';
import { LIMITS } from '@shared/limits';
import { useEffect, useState } from 'react';
import { EnumFilter } from '../../../../components/enum-filter';
import { ZoneTreeSelect } from '../../../../components/zone-tree-select';
import { useT } from '../../../../i18n/use-t';

export type UserFilterValues = { q?: string; role?: Role; zoneId?: number; status?: UserStatus };

/** Selects apply as soon as they change, the search on Enter; the page writes them into the URL. */
export function UserFilters({ value, onChange }: { value: UserFilterValues; onChange: (next: UserFilterValues) => void }) {
  const { t } = useT();
  const [q, setQ] = useState(value.q ?? '');
  // Back/forward changes the URL: show what the list is really searched for.
  useEffect(() => setQ(value.q ?? ''), [value.q]);

  return (
    <Form layout="inline" className="yz-filters" aria-label={t('users.filters')}>
      <Form.Item label={t('users.search')} htmlFor="user-filter-q">
        <Input.Search
          id="user-filter-q"
          allowClear
          maxLength={LIMITS.filterTextMax}
          // Wide enough for the placeholder in English ("Username, name or organisation").
          style={{ width: 280 }}
          placeholder={t('users.searchPlaceholder')}
          value={q}
          onChange={(event) => setQ(event.target.value)}
          onSearch={(text) => onChange({ ...value, q: text.trim() || undefined })}
        />
      </Form.Item>
      <EnumFilter id="user-filter-role" label={t('users.role')} values={ROLES} labels={ROLE_LABELS} value={value.role} onChange={(role) => onChange({ ...value, role })} width={170} />
      <Form.Item label={t('users.zone')} htmlFor="user-filter-zone">
        <ZoneTreeSelect id="user-filter-zone" value={value.zoneId} onChange={(zoneId) => onChange({ ...value, zoneId })} />
      </Form.Item>
      <EnumFilter id="user-filter-status" label={t('users.status')} values={USER_STATUSES} labels={USER_STATUS_LABELS} value={value.status} onChange={(status) => onChange({ ...value, status })} width={150} />
    </Form>
  );
}
