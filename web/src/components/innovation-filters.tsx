import { Form, Input, Select } from 'antd';
import { LIMITS } from '@shared/limits';
import {
  INNOVATION_DOMAINS,
  INNOVATION_DOMAIN_LABELS,
  INNOVATION_STATUSES,
  INNOVATION_STATUS_LABELS,
  REFORM_TASKS,
  REFORM_TASK_LABELS,
  type InnovationDomain,
  type InnovationStatus,
  type ReformTask,
} from '@shared/innovations.enums';
import { useEffect, useState } from 'react';
import type { InnovationFilters as Filters, InnovationLevel } from '../api/types';
import type { DictKey } from '../i18n/dictionary';
import { useT } from '../i18n/use-t';
import { INNOVATION_LEVELS, yearOptions } from '../lib/innovation-params';
import { ZoneTreeSelect } from './zone-tree-select';

export const LEVEL_LABELS: Record<InnovationLevel, DictKey> = {
  published: 'innovation.level.published',
  province: 'innovation.level.province',
  nation: 'innovation.level.nation',
};

/**
 * Search box and filters for innovation lists. Filters apply as soon as they change; the text
 * search on Enter or the search button. The page keeps them in the URL.
 */
export function InnovationFilters({
  value,
  onChange,
  showStatus = false,
  idPrefix,
}: {
  value: Filters;
  onChange: (next: Filters) => void;
  showStatus?: boolean;
  idPrefix: string;
}) {
  const { t, label } = useT();
  const [q, setQ] = useState(value.q ?? '');
  // Back/forward: the box shows what the list is really searched for.
  useEffect(() => setQ(value.q ?? ''), [value.q]);
  const id = (name: string) => `${idPrefix}-${name}`;

  return (
    <div className="yz-section-stack yz-section-stack--tight">
      <Input.Search
        value={q}
        onChange={(event) => setQ(event.target.value)}
        onSearch={(text) => onChange({ ...value, q: text.trim() || undefined })}
        placeholder={t('innovation.searchPlaceholder')}
        aria-label={t('innovation.search')}
        enterButton={t('common.search')}
        allowClear
        maxLength={LIMITS.searchQueryMax}
        size="large"
        data-testid={`${idPrefix}-q`}
      />
      <Form layout="inline" className="yz-filters" aria-label={t('platforms.filters')}>
        <Form.Item label={t('innovation.zone')} htmlFor={id('zone')}>
          <ZoneTreeSelect id={id('zone')} value={value.zoneId} onChange={(zoneId) => onChange({ ...value, zoneId })} />
        </Form.Item>
        <Form.Item label={t('innovation.domain')} htmlFor={id('domain')}>
          <Select<InnovationDomain>
            id={id('domain')}
            allowClear
            placeholder={t('common.all')}
            style={{ width: 190 }}
            value={value.domain}
            onChange={(domain) => onChange({ ...value, domain })}
            options={INNOVATION_DOMAINS.map((d) => ({ value: d, label: label(INNOVATION_DOMAIN_LABELS[d]) }))}
          />
        </Form.Item>
        <Form.Item label={t('innovation.task')} htmlFor={id('task')}>
          <Select<ReformTask>
            id={id('task')}
            allowClear
            placeholder={t('common.all')}
            style={{ width: 130 }}
            value={value.task}
            onChange={(task) => onChange({ ...value, task })}
            options={REFORM_TASKS.map((task) => ({ value: task, label: label(REFORM_TASK_LABELS[task]) }))}
          />
        </Form.Item>
        {showStatus && (
          <Form.Item label={t('innovation.status')} htmlFor={id('status')}>
            <Select<InnovationStatus>
              id={id('status')}
              allowClear
              placeholder={t('common.all')}
              style={{ width: 140 }}
              value={value.status}
              onChange={(status) => onChange({ ...value, status })}
              options={INNOVATION_STATUSES.map((s) => ({ value: s, label: label(INNOVATION_STATUS_LABELS[s]) }))}
            />
          </Form.Item>
        )}
        <Form.Item label={t('innovation.level')} htmlFor={id('level')}>
          <Select<InnovationLevel>
            id={id('level')}
            allowClear
            placeholder={t('common.all')}
            style={{ width: 170 }}
            value={value.level}
            onChange={(level) => onChange({ ...value, level })}
            options={INNOVATION_LEVELS.map((level) => ({ value: level, label: t(LEVEL_LABELS[level]) }))}
          />
        </Form.Item>
        <Form.Item label={t('innovation.year')} htmlFor={id('year')}>
          <Select<number>
            id={id('year')}
            allowClear
            placeholder={t('common.all')}
            style={{ width: 110 }}
            value={value.year}
            onChange={(year) => onChange({ ...value, year })}
            options={yearOptions().map((year) => ({ value: year, label: t('innovation.yearOption', { year }) }))}
          />
        </Form.Item>
      </Form>
    </div>
  );
}
