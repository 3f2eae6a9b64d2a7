import type { ReactNode } from 'react';
import { useT } from '../i18n/use-t';
import { type Access, canAccess } from '../lib/access';
import { useCurrentUser } from './current-user';
import { Result } from './lazy-result';

export function AccessGate({ access, children }: { access: Access; children: ReactNode }) {
  const me = useCurrentUser();
  const { t } = useT();
  if (!canAccess(me, access)) {
    return <Result status="403" title={t('common.forbidden')} subTitle={t('common.forbiddenHint')} />;
  }
  return <>{children}</>;
}
