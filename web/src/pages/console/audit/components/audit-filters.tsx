import { Button, DatePicker, Form, Input, Select, Space } from 'antd';
import type { Lang } from '@shared/enums';
import { PLATFORM_TRANSITIONS, PLATFORM_TRANSITION_LABELS } from '@shared/platforms.enums';
import { IMPORT_BATCH_TRANSITIONS, IMPORT_BATCH_TRANSITION_LABELS } from '@shared/imports.enums';
import { INNOVATION_TRANSITIONS, INNOVATION_TRANSITION_LABELS } from '@shared/innovations.enums';
import { AUDIT_ENTITY_TYPES, AUDIT_EVENTS, AUDIT_EVENT_TYPES } from '@shared/audit-catalog';
import { LIMITS } from '@shared/limits';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useMemo } from 'react';
import { useT } from '../../../../i18n/use-t';
import { entityTypeLabel } from './audit-labels';

export type AuditFilterValues = { entityType?: string; action?: string; actor?: string; from?: string; to?: string };
type FormValues = { event?: string; entityType?: string; actor?: string; range?: [Dayjs | null, Dayjs | null] | null };

/**
 * Transition entries record the step itself as their action ('approve', 'recognize'), so
 * "开放平台状态变更" is offered step by step: each option is an (entity type, action) pair the
 * API filters on exactly.
 */
const STEPS: Record<string, { names: readonly string[]; label: (name: string, lang: Lang) => string }> = {
  'platform.transitioned': { names: PLATFORM_TRANSITIONS, label: (name, lang) => PLATFORM_TRANSITION_LABELS[name as (typeof PLATFORM_TRANSITIONS)[number]][lang] },
  'innovation.transitioned': { names: INNOVATION_TRANSITIONS, label: (name, lang) => INNOVATION_TRANSITION_LABELS[name as (typeof INNOVATION_TRANSITIONS)[number]][lang] },
  'import.transitioned': { names: IMPORT_BATCH_TRANSITIONS, label: (name, lang) => IMPORT_BATCH_TRANSITION_LABELS[name as (typeof IMPORT_BATCH_TRANSITIONS)[number]][lang] },
};

const eventKey = (entityType: string, action: string) => `${entityType}|${action}`;

function eventOptions(lang: Lang) {
  return AUDIT_ENTITY_TYPES.map((entityType) => ({
    label: entityTypeLabel(entityType, lang),
    title: entityType,
    options: AUDIT_EVENT_TYPES.filter((type) => AUDIT_EVENTS[type].entityType === entityType).flatMap((type) => {
      const event = AUDIT_EVENTS[type];
      const steps = STEPS[type];
      if (!steps) return [{ value: eventKey(entityType, event.action), label: event[lang], title: type }];
      return steps.names.map((name) => ({ value: eventKey(entityType, name), label: `${event[lang]} · ${steps.label(name, lang)}`, title: `${type} (${name})` }));
    }),
  }));
}

function toFormValues(value: AuditFilterValues): FormValues {
  return {
    event: value.entityType && value.action ? eventKey(value.entityType, value.action) : undefined,
    entityType: value.entityType,
    actor: value.actor,
    range: value.from || value.to ? [value.from ? dayjs(value.from) : null, value.to ? dayjs(value.to) : null] : null,
  };
}

/** Event and entity types come from the shared registry ('@shared/audit-catalog'), with their labels. */
export function AuditFilters({ value, onSearch }: { value: AuditFilterValues; onSearch: (next: AuditFilterValues) => void }) {
  const { t, lang } = useT();
  const [form] = Form.useForm<FormValues>();

  // Back/forward changes the URL: show what the list is really filtered by.
  const valueKey = JSON.stringify(value);
  useEffect(() => {
    form.setFieldsValue(toFormValues(JSON.parse(valueKey) as AuditFilterValues));
  }, [form, valueKey]);

  const events = useMemo(() => eventOptions(lang), [lang]);
  const entityOptions = useMemo(() => AUDIT_ENTITY_TYPES.map((type) => ({ value: type, label: entityTypeLabel(type, lang) })), [lang]);
  // An action in the URL that the registry does not list (older entries) still filters; it shows as its code.
  const unknownAction = value.action && !events.some((group) => group.options.some((o) => o.value === eventKey(value.entityType ?? '', value.action ?? '')));

  const onFinish = (values: FormValues) => {
    const [entityType, action] = values.event ? values.event.split('|') : [values.entityType, unknownAction ? value.action : undefined];
    onSearch({
      entityType: entityType || undefined,
      action: action || undefined,
      actor: values.actor?.trim() || undefined,
      from: values.range?.[0]?.format('YYYY-MM-DD'),
      to: values.range?.[1]?.format('YYYY-MM-DD'),
    });
  };

  return (
    <Form<FormValues>
      form={form}
      layout="inline"
      className="yz-filters"
      onFinish={onFinish}
      initialValues={toFormValues(value)}
      name="audit-filters"
      onValuesChange={(changed: FormValues) => {
        // The event names its entity type; a different entity type clears the event.
        if ('event' in changed && changed.event) form.setFieldValue('entityType', changed.event.split('|')[0]);
        if ('entityType' in changed) {
          const event = form.getFieldValue('event') as string | undefined;
          if (event && event.split('|')[0] !== changed.entityType) form.setFieldValue('event', undefined);
        }
      }}
    >
      <Form.Item label={t('audit.type')} name="event">
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          allowClear
          placeholder={unknownAction ? value.action : t('common.all')}
          options={events}
          style={{ width: 260 }}
          data-testid="audit-filter-event"
        />
      </Form.Item>
      <Form.Item label={t('audit.entityType')} name="entityType">
        <Select allowClear placeholder={t('common.all')} options={entityOptions} style={{ width: 150 }} data-testid="audit-filter-entity" />
      </Form.Item>
      <Form.Item label={t('audit.actor')} name="actor">
        <Input style={{ width: 160 }} maxLength={LIMITS.filterTextMax} allowClear />
      </Form.Item>
      <Form.Item label={t('audit.dateRange')} name="range">
        <DatePicker.RangePicker allowEmpty={[true, true]} />
      </Form.Item>
      <Form.Item>
        <Space>
          <Button type="primary" htmlType="submit">
            {t('common.search')}
          </Button>
          <Button
            onClick={() => {
              form.resetFields();
              form.setFieldsValue({ event: undefined, entityType: undefined, actor: undefined, range: null });
              onSearch({});
            }}
          >
            {t('common.reset')}
          </Button>
        </Space>
      </Form.Item>
    </Form>
  );
}
