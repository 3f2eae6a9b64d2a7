import type { ButtonProps } from 'antd';
import type { Label } from '@shared/enums';
import type { DecisionFieldKind, Machine } from '@shared/lifecycle';
import type { ReactNode } from 'react';
import type { Translate } from '../i18n/use-t';

/** What a step sends: the machine's decision fields as the API takes them ('2021-07' for a month). */
export type TransitionBody = Record<string, string | undefined>;

/** The part of a mutation hook (TanStack Query) the dialog uses. */
export type TransitionMutation = {
  mutate(body: TransitionBody, options: { onSuccess: () => void; onError: (error: Error) => void }): void;
  isPending: boolean;
  isError: boolean;
  error: Error | null;
};

/** A record that moves along a machine: what the dialog names and where it stands. */
export type TransitionRecord = { id: number; name: string; status: string };

/**
 * How one kind of record (platforms, innovations …) presents its lifecycle steps. Which fields
 * a step asks for, and whether they are required, come from its machine (shared/<feature>.enums.ts);
 * this says only what they are called and how the step looks.
 */
export type TransitionPresentation<T extends string> = {
  /** Names the forms, e.g. 'platform' → form `platform-apply-12`. */
  kind: string;
  transitions: readonly T[];
  machine: Machine<T>;
  fields: Record<string, DecisionFieldKind>;
  statusLabels: Record<string, Label>;
  transitionLabels: Record<T, Label>;
  useTransition: (id: number, transition: T) => TransitionMutation;
  /** The label of a decision field in this step (e.g. the date is 认定日期 for 认定, 发文日期 otherwise). */
  fieldLabel: (field: string, transition: T, t: Translate) => string;
  fieldExtra?: (field: string, t: Translate) => string | undefined;
  /** Decisions that publish or close a record: the dialog warns that they stand once taken. */
  isDecision?: (transition: T) => boolean;
  /** More to say in the confirmation, e.g. that 认定 publishes the case. */
  notice?: (transition: T, t: Translate) => ReactNode;
  /** How the step's button looks in the actions row. */
  button: (transition: T) => Pick<ButtonProps, 'type' | 'ghost' | 'danger'>;
  dialogWidth?: number;
};
