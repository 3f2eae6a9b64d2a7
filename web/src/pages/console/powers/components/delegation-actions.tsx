import {
  DELEGATION_DECISION_FIELDS,
  DELEGATION_MACHINE,
  DELEGATION_STATUS_LABELS,
  DELEGATION_TRANSITIONS,
  DELEGATION_TRANSITION_LABELS,
  type DelegationTransition,
} from '@shared/powers.enums';
import { useTransitionDelegation } from '../../../../api/powers';
import type { Delegation } from '../../../../api/types';
import { TransitionActions } from '../../../../components/transition-actions';
import type { TransitionMutation, TransitionPresentation } from '../../../../components/transition-presentation';
import type { DictKey } from '../../../../i18n/dictionary';
import { useT } from '../../../../i18n/use-t';

const FIELD_LABELS: Record<keyof typeof DELEGATION_DECISION_FIELDS, DictKey> = { occurredOn: 'powers.occurredOn', document: 'powers.withdrawnDocument', comment: 'powers.comment' };
const DATE_LABELS: Record<DelegationTransition, DictKey> = { take_up: 'powers.acceptedOn', begin_operation: 'powers.runningOn', revoke: 'powers.withdrawnOn' };

/** 承接 and 投入运行 by the receiving zone's staff, 收回 by the province office (ends the item in the catalogue from that day). */
const DELEGATION_STEPS: TransitionPresentation<DelegationTransition> = {
  kind: 'delegation',
  transitions: DELEGATION_TRANSITIONS,
  machine: DELEGATION_MACHINE,
  fields: DELEGATION_DECISION_FIELDS,
  statusLabels: DELEGATION_STATUS_LABELS,
  transitionLabels: DELEGATION_TRANSITION_LABELS,
  useTransition: (id, transition) => useTransitionDelegation(id, transition) as TransitionMutation,
  fieldLabel: (field, transition, t) => t(field === 'occurredOn' ? DATE_LABELS[transition] : FIELD_LABELS[field as keyof typeof FIELD_LABELS]),
  isDecision: (transition) => transition === 'revoke',
  button: (transition) => (transition === 'revoke' ? { danger: true } : { type: 'primary', ghost: true }),
};

/** The steps the delegation's own `abilities` allow; the server decides, we follow. */
export function DelegationActions({ delegation, size = 'small' }: { delegation: Delegation; size?: 'small' | 'middle' }) {
  const { t } = useT();
  const record = { id: delegation.id, name: delegation.item.name, status: delegation.status };
  const empty = size === 'middle' ? <span className="yz-muted">{t('powers.noSteps')}</span> : <span className="yz-muted">—</span>;
  return <TransitionActions presentation={DELEGATION_STEPS} record={record} abilities={delegation.abilities} size={size} gap={4} empty={empty} />;
}
