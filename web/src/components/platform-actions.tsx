import { EditOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import {
  PLATFORM_DECISION_FIELDS,
  PLATFORM_MACHINE,
  PLATFORM_STATUS_LABELS,
  PLATFORM_TRANSITIONS,
  PLATFORM_TRANSITION_LABELS,
  type PlatformTransition,
} from '@shared/platforms.enums';
import { useState } from 'react';
import { useTransitionPlatform } from '../api/platforms';
import type { Platform } from '../api/types';
import type { DictKey } from '../i18n/dictionary';
import { useT } from '../i18n/use-t';
import { PlatformEditDialog } from './platform-form-dialog';
import { TransitionActions } from './transition-actions';
import type { TransitionMutation, TransitionPresentation } from './transition-presentation';

const FIELD_LABELS: Record<keyof typeof PLATFORM_DECISION_FIELDS, DictKey> = { occurredOn: 'platforms.occurredOn', document: 'platforms.document', note: 'common.note' };

/** A platform's steps (提交申建, 登记获批 …): dated to the day, month or year the sources give ("今年初封关"). */
const PLATFORM_STEPS: TransitionPresentation<PlatformTransition> = {
  kind: 'platform',
  transitions: PLATFORM_TRANSITIONS,
  machine: PLATFORM_MACHINE,
  fields: PLATFORM_DECISION_FIELDS,
  statusLabels: PLATFORM_STATUS_LABELS,
  transitionLabels: PLATFORM_TRANSITION_LABELS,
  useTransition: (id, transition) => useTransitionPlatform(id, transition) as TransitionMutation,
  fieldLabel: (field, _transition, t) => t(FIELD_LABELS[field as keyof typeof FIELD_LABELS]),
  button: () => ({ type: 'primary', ghost: true }),
};

/** Buttons only where the platform's own `abilities` allow them; the server decides, we follow. */
export function PlatformActions({ platform, size = 'small' }: { platform: Platform; size?: 'small' | 'middle' }) {
  const { t } = useT();
  const [editing, setEditing] = useState(false);
  const edit = platform.abilities.update && (
    <Button size={size} icon={<EditOutlined aria-hidden="true" />} aria-label={t('platforms.edit')} title={t('platforms.edit')} onClick={() => setEditing(true)}>
      {size === 'middle' ? t('common.edit') : null}
    </Button>
  );
  return (
    <>
      <TransitionActions presentation={PLATFORM_STEPS} record={platform} abilities={platform.abilities} size={size} gap={4} edit={edit || undefined} empty={<span className="yz-muted">—</span>} />
      {editing && <PlatformEditDialog platform={platform} onClose={() => setEditing(false)} />}
    </>
  );
}
