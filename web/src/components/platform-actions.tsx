import { EditOutlined } from '@ant-design/icons';
import { Button, Space } from 'antd';
import { PLATFORM_TRANSITIONS, PLATFORM_TRANSITION_LABELS, type PlatformTransition } from '@shared/enums';
import { useState } from 'react';
import type { Platform } from '../api/types';
import { useT } from '../i18n/use-t';
import { PlatformEditDialog } from './platform-form-dialog';
import { PlatformTransitionDialog } from './platform-transition-dialog';

/** Buttons only where the platform's own `abilities` allow them; the server decides, we follow. */
export function PlatformActions({ platform, size = 'small' }: { platform: Platform; size?: 'small' | 'middle' }) {
  const { t, label } = useT();
  const [transition, setTransition] = useState<PlatformTransition | null>(null);
  const [editing, setEditing] = useState(false);
  const allowed = PLATFORM_TRANSITIONS.filter((name) => platform.abilities[name]);

  if (allowed.length === 0 && !platform.abilities.update) return <span className="yz-muted">—</span>;
  return (
    <>
      <Space size={4} wrap>
        {allowed.map((name) => (
          <Button key={name} size={size} type="primary" ghost onClick={() => setTransition(name)}>
            {label(PLATFORM_TRANSITION_LABELS[name])}
          </Button>
        ))}
        {platform.abilities.update && (
          <Button
            size={size}
            icon={<EditOutlined aria-hidden="true" />}
            aria-label={t('platforms.edit')}
            title={t('platforms.edit')}
            onClick={() => setEditing(true)}
          >
            {size === 'middle' ? t('common.edit') : null}
          </Button>
        )}
      </Space>
      {transition && <PlatformTransitionDialog platform={platform} transition={transition} onClose={() => setTransition(null)} />}
      {editing && <PlatformEditDialog platform={platform} onClose={() => setEditing(false)} />}
    </>
  );
}
