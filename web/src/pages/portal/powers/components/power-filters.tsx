/** The 放权事项 page's filters, all kept in the URL: zone, words or a code, and (for the catalogue) level, type, item type, status and the day it stood on. */
import { DatePicker, Form, Input } from 'antd';
import dayjs from 'dayjs';
import {
  DELEGATION_STATUSES,
  DELEGATION_STATUS_LABELS,
  DELEGATION_TYPES,
  DELEGATION_TYPE_LABELS,
  POWER_ITEM_TYPES,
  POWER_ITEM_TYPE_LABELS,
  POWER_LEVELS,
  POWER_LEVEL_LABELS,
  type DelegationStatus,
  type DelegationType,
  type PowerItemType,
  type PowerLevel,
} from '@shared/powers.enums';
import { useEffect, useState } from 'react';
import { EnumFilter } from '../../../../components/enum-filter';
import { ZoneTreeSelect } from '../../../../components/zone-tree-select';
import { useT } from '../../../../i18n/use-t';

export type PowerFilterValue = { zone?: number; q?: string; level?: PowerLevel; type?: DelegationType; itemType?: PowerItemType; status?: DelegationStatus; on?: string };

export function PowerFilters({ value, onChange, catalogue }: { value: PowerFilterValue; onChange: (next: PowerFilterValue) => void; catalogue: boolean }) {
  const { t } = useT();
  // The words are typed freely and sent on Enter or the search button, not on every key.
  const [words, setWords] = useState(value.q ?? '');
  useEffect(() => setWords(value.q ?? ''), [value.q]);
  return (
    <Form layout="inline" className="yz-filters yz-power-filters" onSubmitCapture={(event) => event.preventDefault()}>
      <Form.Item label={t('publicPowers.zone')} htmlFor="powers-filter-zone">
        <ZoneTreeSelect id="powers-filter-zone" value={value.zone} onChange={(zone) => onChange({ ...value, zone })} style={{ width: 240 }} />
      </Form.Item>
      <Form.Item label={t('publicPowers.search')} htmlFor="powers-filter-q">
        <Input.Search
          id="powers-filter-q"
          allowClear
          style={{ width: 280 }}
          placeholder={catalogue ? t('publicPowers.searchPlaceholder') : t('publicPowers.tongbanSearchPlaceholder')}
          value={words}
          onChange={(event) => setWords(event.target.value)}
          onSearch={(q) => onChange({ ...value, q: q.trim() || undefined })}
          enterButton={t('publicPowers.searchButton')}
          data-testid="powers-search"
        />
      </Form.Item>
      {catalogue && (
        <>
          <EnumFilter id="powers-filter-level" label={t('publicPowers.level')} values={POWER_LEVELS} labels={POWER_LEVEL_LABELS} value={value.level} onChange={(level) => onChange({ ...value, level })} width={140} />
          <EnumFilter id="powers-filter-type" label={t('publicPowers.type')} values={DELEGATION_TYPES} labels={DELEGATION_TYPE_LABELS} value={value.type} onChange={(type) => onChange({ ...value, type })} width={120} />
          <EnumFilter id="powers-filter-item-type" label={t('publicPowers.itemType')} values={POWER_ITEM_TYPES} labels={POWER_ITEM_TYPE_LABELS} value={value.itemType} onChange={(itemType) => onChange({ ...value, itemType })} width={160} />
          <EnumFilter id="powers-filter-status" label={t('publicPowers.status')} values={DELEGATION_STATUSES} labels={DELEGATION_STATUS_LABELS} value={value.status} onChange={(status) => onChange({ ...value, status })} width={140} />
          <Form.Item label={t('publicPowers.on')} htmlFor="powers-filter-on" tooltip={t('publicPowers.onHint')}>
            <DatePicker
              id="powers-filter-on"
              value={value.on ? dayjs(value.on) : null}
              onChange={(day) => onChange({ ...value, on: day ? day.format('YYYY-MM-DD') : undefined })}
              placeholder={t('publicPowers.onPlaceholder')}
              style={{ width: 160 }}
            />
          </Form.Item>
        </>
      )}
    </Form>
  );
}
