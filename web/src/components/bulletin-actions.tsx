import {
  BULLETIN_DECISION_FIELDS,
  BULLETIN_MACHINE,
  BULLETIN_STATUS_LABELS,
  BULLETIN_TRANSITIONS,
  BULLETIN_TRANSITION_LABELS,
  type BulletinTransition,
} from '@shared/bulletins.enums';
import { useTransitionBulletin } from '../api/bulletins';
import type { Bulletin } from '../api/types';
import type { DictKey } from '../i18n/dictionary';
import { useT } from '../i18n/use-t';
import { TransitionActions } from './transition-actions';
import type { TransitionMutation, TransitionPresentation } from './transition-presentation';

const FIELD_LABELS: Record<keyof typeof BULLETIN_DECISION_FIELDS, DictKey> = { issuedOn: 'bulletin.issuedOn', comment: 'common.note' };

/** 印发 (freezes the bulletin for good) and 撤回 (the province takes an issued one off the portal). */
const BULLETIN_STEPS: TransitionPresentation<BulletinTransition> = {
  kind: 'bulletin',
  transitions: BULLETIN_TRANSITIONS,
  machine: BULLETIN_MACHINE,
  fields: BULLETIN_DECISION_FIELDS,
  statusLabels: BULLETIN_STATUS_LABELS,
  transitionLabels: BULLETIN_TRANSITION_LABELS,
  useTransition: (id, transition) => useTransitionBulletin(id, transition) as TransitionMutation,
  fieldLabel: (field, _transition, t) => t(FIELD_LABELS[field as keyof typeof FIELD_LABELS]),
  isDecision: () => true,
  notice: (transition, t) => (transition === 'issue' ? <p className="yz-mb-0">{t('bulletin.issueConfirm')}</p> : null),
  button: (transition) => (transition === 'withdraw' ? { danger: true } : { type: 'primary' }),
};

/** The bulletin's steps, where its own `abilities` allow them. */
export function BulletinActions({ bulletin, disabled }: { bulletin: Bulletin; disabled?: boolean }) {
  const { t } = useT();
  const record = { id: bulletin.id, name: `${bulletin.title} ${t('bulletin.issueNoText', { n: bulletin.issueNo })}`, status: bulletin.status };
  const abilities = { issue: bulletin.abilities.issue && !disabled, withdraw: bulletin.abilities.withdraw };
  return <TransitionActions presentation={BULLETIN_STEPS} record={record} abilities={abilities} size="middle" />;
}
