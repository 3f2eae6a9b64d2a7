import { ArrowLeftOutlined } from '@ant-design/icons';
import { Card, Space } from 'antd';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../../api/api';
import { useDelegation, usePowerBatches } from '../../../api/powers';
import { QueryState } from '../../../components/page-state';
import { Result } from '../../../components/lazy-result';
import { useT } from '../../../i18n/use-t';
import { CasesCard, ProcessingTimeCard } from './components/cases-card';
import { DelegationActions } from './components/delegation-actions';
import { DelegationFacts, ItemElements } from './components/detail-facts';
import { ChangesCard, EventsCard } from './components/history-card';
import { MeasuresCard } from './components/measures-card';
import { DelegationStatusTag } from './components/power-tags';

/** One delegated power: its item's six elements, how it was delegated, its status and steps, supervision, cases and processing time, and its history. */
export function PowerDetailPage() {
  const { t } = useT();
  const params = useParams();
  const id = params.id && /^\d+$/.test(params.id) ? Number(params.id) : undefined;
  const detail = useDelegation(id);
  const batches = usePowerBatches();
  const back = (
    <Link to="/console/powers">
      <ArrowLeftOutlined aria-hidden="true" /> {t('powers.back')}
    </Link>
  );
  if (id === undefined || (detail.error instanceof ApiError && detail.error.status === 404)) {
    return <Result status="404" title={t('powers.notFound')} extra={back} />;
  }
  return (
    <div className="yz-section-stack">
      {back}
      <QueryState query={detail}>
        {({ delegation, processingTime, months, changes, events }) => (
          <>
            <Space wrap align="center">
              <h1 className="yz-page-title" data-testid="power-title">{delegation.item.name}</h1>
              <DelegationStatusTag status={delegation.status} />
            </Space>
            <Card title={t('powers.lifecycle')} size="small" data-testid="power-lifecycle">
              <DelegationActions delegation={delegation} size="middle" />
            </Card>
            <ItemElements delegation={delegation} />
            <DelegationFacts delegation={delegation} />
            <ProcessingTimeCard time={processingTime} />
            <CasesCard delegation={delegation} months={months} />
            <MeasuresCard delegation={delegation} />
            <ChangesCard changes={changes} batches={batches.data} />
            <EventsCard events={events} />
          </>
        )}
      </QueryState>
    </div>
  );
}
