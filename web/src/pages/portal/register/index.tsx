import { Card } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useRegistrationForm } from '../../../api/my-evaluation';
import type { Registered } from '../../../api/types';
import { Result } from '../../../components/lazy-result';
import { LinkButton } from '../../../components/link-button';
import { QueryState } from '../../../components/page-state';
import { useT } from '../../../i18n/use-t';
import { useFormat } from '../../../lib/use-format';
import { RegistrationFields } from './registration-fields';

/**
 * 大赛报名 on the portal: an open contest's registration form (its groups and the password policy
 * come from the server), then a page that says the account exists and how to sign in with it.
 */
export function RegisterPage() {
  const { t } = useT();
  const format = useFormat();
  const id = Number(useParams().id);
  const form = useRegistrationForm(Number.isSafeInteger(id) && id > 0 ? id : undefined);
  const [done, setDone] = useState<{ registered: Registered; company: string } | null>(null);

  if (done) {
    return (
      <div className="yz-container yz-section-stack">
        <Card>
          <Result
            status="success"
            title={<h1 className="yz-page-title yz-page-title--flush">{t('register.doneTitle')}</h1>}
            subTitle={<span data-testid="register-done">{t('register.doneBody', { company: done.company, username: done.registered.username })}</span>}
            extra={[
              <LinkButton key="login" type="primary" to={`/login?from=${encodeURIComponent('/console/my-entries')}`} data-testid="register-login">
                {t('register.toLogin')}
              </LinkButton>,
              <Link key="back" to="/campaigns">
                {t('register.back')}
              </Link>,
            ]}
          />
        </Card>
      </div>
    );
  }
  return (
    <div className="yz-container yz-section-stack">
      <Link to="/campaigns">{t('register.back')}</Link>
      <QueryState query={form}>
        {({ campaign, groups, passwordPolicy }) => (
          <Card>
            <h1 className="yz-page-title yz-page-title--flush">{t('register.title')}</h1>
            <p className="yz-register__campaign">
              <strong>{campaign.title}</strong>
              <span className="yz-muted">
                {' '}
                · {campaign.organiserZoneName}
                {(campaign.startsOn || campaign.endsOn) && ` · ${format.date(campaign.startsOn)} — ${format.date(campaign.endsOn)}`}
              </span>
            </p>
            <p className="yz-muted">{t('register.lead')}</p>
            <RegistrationFields campaignId={campaign.id} groups={groups} policy={passwordPolicy} onRegistered={(registered, company) => setDone({ registered, company })} />
          </Card>
        )}
      </QueryState>
    </div>
  );
}
