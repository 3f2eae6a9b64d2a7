import { EditOutlined } from '@ant-design/icons';
import {
  INNOVATION_DECISION_FIELDS,
  INNOVATION_MACHINE,
  INNOVATION_STATUS_LABELS,
  INNOVATION_TRANSITIONS,
  INNOVATION_TRANSITION_LABELS,
  type InnovationTransition,
} from '@shared/innovations.enums';
import { useTransitionInnovation } from '../../../../api/innovations';
import type { Innovation } from '../../../../api/types';
import { LinkButton } from '../../../../components/link-button';
import { TransitionActions } from '../../../../components/transition-actions';
import type { TransitionMutation, TransitionPresentation } from '../../../../components/transition-presentation';
import type { DictKey } from '../../../../i18n/dictionary';
import { useT } from '../../../../i18n/use-t';

/** Decisions that publish or close a record: the dialog says plainly that they stand once taken. */
const DECISIONS: readonly InnovationTransition[] = ['recognize', 'replicate_province', 'replicate_national', 'reject'];
const BACKWARD: readonly InnovationTransition[] = ['withdraw', 'return'];
const COMMENT_LABEL: Partial<Record<InnovationTransition, DictKey>> = {
  withdraw: 'innovation.comment.withdraw',
  return: 'innovation.comment.return',
  reject: 'innovation.comment.reject',
  recognize: 'innovation.comment.recognize',
};
const FIELD_LABELS: Record<keyof typeof INNOVATION_DECISION_FIELDS, (transition: InnovationTransition) => DictKey> = {
  document: () => 'innovation.document',
  occurredOn: (transition) => (transition === 'recognize' ? 'innovation.recognizedOn' : 'innovation.decidedOn'),
  batch: () => 'innovation.batch',
  comment: (transition) => COMMENT_LABEL[transition] ?? 'innovation.comment.other',
};
const FIELD_HINTS: Partial<Record<keyof typeof INNOVATION_DECISION_FIELDS, DictKey>> = { document: 'innovation.documentHint', batch: 'innovation.batchHint' };

/** An innovation's steps (申报, 认定, 退回修改 …). */
const INNOVATION_STEPS: TransitionPresentation<InnovationTransition> = {
  kind: 'innovation',
  transitions: INNOVATION_TRANSITIONS,
  machine: INNOVATION_MACHINE,
  fields: INNOVATION_DECISION_FIELDS,
  statusLabels: INNOVATION_STATUS_LABELS,
  transitionLabels: INNOVATION_TRANSITION_LABELS,
  useTransition: (id, transition) => useTransitionInnovation(id, transition) as TransitionMutation,
  fieldLabel: (field, transition, t) => t(FIELD_LABELS[field as keyof typeof FIELD_LABELS](transition)),
  fieldExtra: (field, t) => {
    const hint = FIELD_HINTS[field as keyof typeof FIELD_HINTS];
    return hint ? t(hint) : undefined;
  },
  isDecision: (transition) => DECISIONS.includes(transition),
  notice: (transition, t) => (transition === 'recognize' ? <> {t('innovation.recognizePublishes')}</> : null),
  button: (transition) => ({ type: BACKWARD.includes(transition) || transition === 'reject' ? 'default' : 'primary', danger: transition === 'reject' }),
  dialogWidth: 600,
};

/** One button per step the record's own `abilities` allow, plus 编辑; the server decides, we follow. */
export function InnovationActions({ innovation }: { innovation: Innovation }) {
  const { t } = useT();
  const edit = innovation.abilities.update && (
    <LinkButton to={`/console/innovations/${innovation.id}/edit`} icon={<EditOutlined aria-hidden="true" />} data-testid="innovation-edit">
      {t('common.edit')}
    </LinkButton>
  );
  return <TransitionActions presentation={INNOVATION_STEPS} record={innovation} abilities={innovation.abilities} edit={edit || undefined} editFirst />;
}
