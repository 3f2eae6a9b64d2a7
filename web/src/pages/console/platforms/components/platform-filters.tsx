import { Form, Select } from 'antd';
import {
  PLATFORM_STATUSES,
  PLATFORM_STATUS_LABELS,
  PLATFORM_TYPES,
  PLATFORM_TYPE_LABELS,
  type PlatformStatus,
  type PlatformType,
} from '@shared/platforms.enums';
import { useT } from '../../../../i18n/use-t';
import { ZoneTreeSelect } from '../../../../components/zone-tree-select';

export type PlatformFilterValues = { status?: PlatformStatus; type?: PlatformType; zoneId?: number };

/** Filters apply as soon as they change; the page writes them into the URL. */
export function PlatformFilters({ value, onChange }: { value: PlatformFilterValues; onChange: (next: PlatformFilterValues) => void }) {
  const { t, label } = useT();

  return (
    <Form layout="inline" className="yz-filters" aria-label={t('platforms.filters')}>
      <Form.Item label={t('platform.status')} htmlFor="filter-status">
        <Select<PlatformStatus>
          id="filter-status"
          allowClear
          placeholder={t('common.all')}
          style={{ width: 150 }}
          value={value.status}
          onChange={(status) => onChange({ ...value, status })}
          options={PLATFORM_STATUSES.map((status) => ({ value: status, label: label(PLATFORM_STATUS_LABELS[status]) }))}
        />
      </Form.Item>
      <Form.Item label={t('platform.type')} htmlFor="filter-type">
        <Select<PlatformType>
          id="filter-type"
          allowClear
          placeholder={t('common.all')}
          style={{ width: 240 }}
          value={value.type}
          onChange={(type) => onChange({ ...value, type })}
          options={PLATFORM_TYPES.map((type) => ({ value: type, label: label(PLATFORM_TYPE_LABELS[type]) }))}
        />
      </Form.Item>
      <Form.Item label={t('platform.zone')} htmlFor="filter-zone">
        <ZoneTreeSelect id="filter-zone" value={value.zoneId} onChange={(zoneId) => onChange({ ...value, zoneId })} />
      </Form.Item>
    </Form>
  );
}
