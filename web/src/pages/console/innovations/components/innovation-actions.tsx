import { EditOutlined } from '@ant-design/icons';
import { Button, Space } from 'antd';
import { INNOVATION_TRANSITIONS, INNOVATION_TRANSITION_LABELS, type InnovationTransition } from '@shared/enums';
import { useState } from 'react';
import type { Innovation } from '../../../../api/types';
import { InnovationTransitionDialog } from '../../../../components/innovation-transition-dialog';
import { LinkButton } from '../../../../components/link-button';
import { useT } from '../../../../i18n/use-t';

const BACKWARD: readonly InnovationTransition[] = ['withdraw', 'return'];

/** One button per step the record's own `abilities` allow, plus 编辑; the server decides, we follow. */
export function InnovationActions({ innovation }: { innovation: Innovation }) {
  const { t, label } = useT();
  const [transition, setTransition] = useState<InnovationTransition | null>(null);
  const allowed = INNOVATION_TRANSITIONS.filter((name) => innovation.abilities[name]);
  if (allowed.length === 0 && !innovation.abilities.update) return null;
  return (
    <>
      <Space wrap>
        {innovation.abilities.update && (
          <LinkButton to={`/console/innovations/${innovation.id}/edit`} icon={<EditOutlined aria-hidden="true" />} data-testid="innovation-edit">
            {t('common.edit')}
          </LinkButton>
        )}
        {allowed.map((name) => (
          <Button
            key={name}
            type={BACKWARD.includes(name) || name === 'reject' ? 'default' : 'primary'}
            danger={name === 'reject'}
            onClick={() => setTransition(name)}
            data-testid={`transition-${name}`}
          >
            {label(INNOVATION_TRANSITION_LABELS[name])}
          </Button>
        ))}
      </Space>
      {transition && <InnovationTransitionDialog innovation={innovation} transition={transition} onClose={() => setTransition(null)} />}
    </>
  );
}
