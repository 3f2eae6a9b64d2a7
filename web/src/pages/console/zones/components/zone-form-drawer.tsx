import { Alert, App, Drawer, Form } from 'antd';
import { ZONE_CHILD_TYPES } from '@shared/zones.enums';
import { type ReformTask } from '@shared/innovations.enums';
import dayjs from 'dayjs';
import { useState } from 'react';
import type { Zone, ZoneCreateBody, ZoneUpdateBody } from '../../../../api/types';
import { useCreateZone, useUpdateZone } from '../../../../api/zones';
import { useT } from '../../../../i18n/use-t';
import { FormDrawerFooter } from '../../../../components/form-drawer-footer';
import { applyFieldErrors } from '../../../../lib/form-errors';
import { ZoneFormFields, type ZoneFormValues, toPartialDate } from './zone-form-fields';

const text = (value: string | undefined) => value?.trim() || null;

function sameTasks(a: readonly ReformTask[], b: readonly ReformTask[]) {
  return a.length === b.length && a.every((task) => b.includes(task));
}

/** PATCH only the fields that changed; cleared optional fields are sent as null. */
function toUpdateBody(zone: Zone, values: ZoneFormValues): ZoneUpdateBody {
  const body: ZoneUpdateBody = {};
  const name = (values.name ?? '').trim();
  const shortName = (values.shortName ?? '').trim();
  const source = (values.source ?? '').trim();
  const establishedOn = toPartialDate(values.establishedOn, values.establishedPrecision);
  const current = zone.establishedOn ? toPartialDate(dayjs(zone.establishedOn), zone.establishedPrecision ?? 'day') : null;
  if (name !== zone.name) body.name = name;
  if (shortName !== zone.shortName) body.shortName = shortName;
  if (source !== zone.source) body.source = source;
  if (text(values.nameEn) !== zone.nameEn) body.nameEn = text(values.nameEn);
  if (establishedOn !== current) body.establishedOn = establishedOn;
  if (text(values.areaKm2) !== zone.areaKm2) body.areaKm2 = text(values.areaKm2);
  if (text(values.positioning) !== zone.positioning) body.positioning = text(values.positioning);
  if (text(values.group) !== zone.group) body.group = text(values.group);
  if (text(values.description) !== zone.description) body.description = text(values.description);
  if (!sameTasks(values.tasks ?? [], zone.tasks)) body.tasks = values.tasks ?? [];
  return body;
}

function toCreateBody(parent: Zone, values: ZoneFormValues): ZoneCreateBody {
  const optional = (value: string | null | undefined) => value ?? undefined;
  return {
    parentId: parent.id,
    code: (values.code ?? '').trim(),
    type: values.type ?? 'block',
    name: (values.name ?? '').trim(),
    shortName: (values.shortName ?? '').trim(),
    source: (values.source ?? '').trim(),
    nameEn: optional(text(values.nameEn)),
    establishedOn: optional(toPartialDate(values.establishedOn, values.establishedPrecision)),
    areaKm2: optional(text(values.areaKm2)),
    positioning: optional(text(values.positioning)),
    group: optional(text(values.group)),
    description: optional(text(values.description)),
    tasks: values.tasks?.length ? values.tasks : undefined,
  };
}

function initialValues(zone: Zone): ZoneFormValues {
  return {
    name: zone.name,
    nameEn: zone.nameEn ?? '',
    shortName: zone.shortName,
    establishedPrecision: zone.establishedPrecision ?? 'day',
    establishedOn: zone.establishedOn ? dayjs(zone.establishedOn) : null,
    areaKm2: zone.areaKm2 ?? '',
    positioning: zone.positioning ?? '',
    tasks: zone.tasks,
    group: zone.group ?? '',
    description: zone.description ?? '',
    source: zone.source,
  };
}

/** Edit a zone (`mode: 'edit'`) or add a sub-zone under it (`mode: 'create'`). */
export function ZoneFormDrawer({ zone, mode, onClose }: { zone: Zone; mode: 'edit' | 'create'; onClose: () => void }) {
  const { t } = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<ZoneFormValues>();
  const update = useUpdateZone(zone.id);
  const create = useCreateZone();
  const mutation = mode === 'edit' ? update : create;
  const [unmatched, setUnmatched] = useState<string[]>([]);
  const childTypes = ZONE_CHILD_TYPES[zone.type];

  const onFinish = (values: ZoneFormValues) => {
    setUnmatched([]);
    const callbacks = {
      onSuccess: () => {
        void message.success(t(mode === 'edit' ? 'zones.updated' : 'zones.created'));
        onClose();
      },
      onError: (error: unknown) => setUnmatched(applyFieldErrors(form, error)),
    };
    if (mode === 'edit') {
      const body = toUpdateBody(zone, values);
      // Nothing changed: no request, no audit entry.
      if (Object.keys(body).length === 0) return onClose();
      update.mutate(body, callbacks);
    }
    else create.mutate(toCreateBody(zone, values), callbacks);
  };

  return (
    <Drawer
      open
      size={560}
      title={mode === 'edit' ? `${t('zones.edit')} · ${zone.name}` : `${t('zones.createChild')} · ${zone.name}`}
      onClose={onClose}
      mask={{ closable: false }}
      footer={<FormDrawerFooter mutation={mutation} form={form} unmatched={unmatched} submitLabel={t(mode === 'edit' ? 'common.save' : 'common.submit')} onCancel={onClose} />}
    >
      {mode === 'create' && childTypes.length === 0 ? (
        <Alert type="warning" title={t('zones.noChildTypes')} />
      ) : (
        <Form<ZoneFormValues>
          form={form}
          layout="vertical"
          name={`zone-${mode}-${zone.id}`}
          initialValues={mode === 'edit' ? initialValues(zone) : { establishedPrecision: 'day', type: childTypes[0], tasks: [] }}
          onFinish={onFinish}
        >
          <ZoneFormFields childTypes={mode === 'create' ? childTypes : undefined} />
        </Form>
      )}
    </Drawer>
  );
}
