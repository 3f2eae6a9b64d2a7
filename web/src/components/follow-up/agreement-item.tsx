import { Button, Space, Tag } from 'antd';
import { PROVIDER_KIND_LABELS } from '@shared/follow-up.enums';
import { todayInChina } from '@shared/partial-date';
import { useUpdateMilestone } from '../../api/follow-up';
import type { AgreementMilestone, MyAgreement, ServiceAgreement } from '../../api/types';
import { useT } from '../../i18n/use-t';
import { useFormat } from '../../lib/use-format';

type Milestone = Omit<AgreementMilestone, 'note'> & { note?: string | null };

function MilestoneStatus({ milestone }: { milestone: Milestone }) {
  const { t } = useT();
  const format = useFormat();
  if (milestone.doneOn) return <Tag color="green">{t('followUp.done', { date: format.date(milestone.doneOn) })}</Tag>;
  return <Tag color={milestone.overdue ? 'red' : 'default'}>{t(milestone.overdue ? 'followUp.overdue' : 'followUp.pending')}</Tag>;
}

/** One agreement: provider, kind, content, sum, date, and its milestones (with 记为完成 for the organiser). */
export function AgreementItem({ agreement, editable }: { agreement: ServiceAgreement | MyAgreement; editable: boolean }) {
  const { t, label } = useT();
  const format = useFormat();
  const done = useUpdateMilestone();
  return (
    <div className="yz-mb" data-testid={`agreement-${agreement.id}`}>
      <Space wrap>
        <strong>{agreement.provider}</strong>
        <Tag>{label(PROVIDER_KIND_LABELS[agreement.providerKind])}</Tag>
        {agreement.isSample && <Tag color="orange">{t('followUp.sample')}</Tag>}
        <span className="yz-muted">{format.date(agreement.signedOn)}</span>
        {agreement.amountWan !== null && <span>{t('followUp.amount')}: {format.number(agreement.amountWan)}</span>}
      </Space>
      <div>{agreement.content}</div>
      <ul style={{ margin: '4px 0 0', paddingLeft: 20 }}>
        {agreement.milestones.map((milestone: Milestone) => (
          <li key={milestone.id} data-testid={`milestone-${milestone.id}`}>
            <Space wrap>
              <span>{milestone.title}</span>
              <span className="yz-muted">{t('followUp.due', { date: format.date(milestone.dueOn) })}</span>
              <MilestoneStatus milestone={milestone} />
              {milestone.note && <span className="yz-muted">{milestone.note}</span>}
              {editable && !milestone.doneOn && (
                <Button size="small" loading={done.isPending} onClick={() => done.mutate({ id: milestone.id, body: { doneOn: todayInChina() } })} data-testid={`milestone-done-${milestone.id}`}>
                  {t('followUp.markDone')}
                </Button>
              )}
            </Space>
          </li>
        ))}
      </ul>
    </div>
  );
}
