import { Select, Typography } from 'antd';
import { useDeferredValue, useState } from 'react';
import { useJudgeAccounts } from '../../../../api/campaigns';
import type { JudgeAccount } from '../../../../api/types';
import { useT } from '../../../../i18n/use-t';

const accountLabel = (account: JudgeAccount) => `${account.displayName}（${account.username}）`;

/**
 * 评审账号: a judge account no other expert links, searched on the server (the list can be long);
 * the expert's own account stays among the options so that editing shows it. Clearing unlinks.
 */
export function JudgeAccountSelect({ id, current, value, onChange }: { id?: string; current: JudgeAccount | null; value?: number | null; onChange?: (next: number | null) => void }) {
  const { t } = useT();
  const [search, setSearch] = useState('');
  const q = useDeferredValue(search.trim());
  const accounts = useJudgeAccounts(q);
  const items = accounts.data?.items ?? [];
  const options = [...(current && !items.some((a) => a.id === current.id) ? [current] : []), ...items].map((account) => ({ value: account.id, label: accountLabel(account) }));
  const more = (accounts.data?.total ?? 0) - items.length;
  return (
    <Select<number>
      id={id}
      allowClear
      showSearch={{ filterOption: false, onSearch: setSearch }}
      value={value ?? undefined}
      onChange={(next) => onChange?.(next ?? null)}
      placeholder={t('expert.accountPick')}
      loading={accounts.isFetching}
      options={options}
      notFoundContent={accounts.isFetching ? undefined : t('expert.accountNone')}
      popupRender={(menu) => (
        <>
          {menu}
          {more > 0 && <Typography.Text type="secondary" style={{ display: 'block', padding: '4px 12px' }}>{t('expert.accountMore', { n: more })}</Typography.Text>}
        </>
      )}
      style={{ width: '100%' }}
    />
  );
}
