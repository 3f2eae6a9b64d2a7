import { Select } from 'antd';
import { useState } from 'react';
import { usePowerItems } from '../../../../api/powers';
import { useT } from '../../../../i18n/use-t';

/** A catalogue item, searched on the server by name or code as the user types (the catalogue runs to thousands). */
export function ItemSelect({ id, value, onChange }: { id?: string; value?: number; onChange?: (value: number | undefined) => void }) {
  const { t } = useT();
  const [q, setQ] = useState('');
  const items = usePowerItems({ q: q.trim() || undefined, page: 1, pageSize: 20 });
  return (
    <Select<number>
      id={id}
      showSearch={{ filterOption: false, onSearch: setQ }}
      allowClear
      placeholder={t('powers.pickItem')}
      value={value}
      onChange={(next) => onChange?.(next ?? undefined)}
      loading={items.isFetching}
      options={(items.data?.items ?? []).map((item) => ({ value: item.id, label: `${item.name}（${item.code}）` }))}
      data-testid={id}
    />
  );
}
