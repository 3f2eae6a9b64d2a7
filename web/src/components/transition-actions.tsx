import { Button, Space } from 'antd';
import { useState, type ReactNode } from 'react';
import { useT } from '../i18n/use-t';
import { TransitionDialog } from './transition-dialog';
import type { TransitionPresentation, TransitionRecord } from './transition-presentation';

/**
 * One button per step the record's own `abilities` allow (the server decides, we follow), each
 * opening its TransitionDialog; `edit` (the record's edit button, if the viewer may edit) goes
 * before or after them; `empty` shows when there is nothing to do.
 */
export function TransitionActions<T extends string>({
  presentation,
  record,
  abilities,
  size,
  edit,
  editFirst = false,
  empty = null,
  gap,
}: {
  presentation: TransitionPresentation<T>;
  record: TransitionRecord;
  abilities: Record<T, boolean>;
  size?: 'small' | 'middle';
  edit?: ReactNode;
  editFirst?: boolean;
  empty?: ReactNode;
  /** Space between the buttons (antd's default when left out). */
  gap?: number;
}) {
  const { label } = useT();
  const [transition, setTransition] = useState<T | null>(null);
  const allowed = presentation.transitions.filter((name) => abilities[name]);
  if (allowed.length === 0 && !edit) return <>{empty}</>;
  const buttons = allowed.map((name) => (
    <Button key={name} size={size} {...presentation.button(name)} onClick={() => setTransition(name)} data-testid={`transition-${name}`}>
      {label(presentation.transitionLabels[name])}
    </Button>
  ));
  return (
    <>
      <Space size={gap} wrap>
        {editFirst && edit}
        {buttons}
        {!editFirst && edit}
      </Space>
      {transition && <TransitionDialog presentation={presentation} record={record} transition={transition} onClose={() => setTransition(null)} />}
    </>
  );
}
