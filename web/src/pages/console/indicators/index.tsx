import { PlusOutlined, SendOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, DatePicker, Space } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import type { IndicatorValue } from '../../../api/types';
import { ComparisonPanel } from '../../../components/comparison-panel';
import { OverviewPanel } from '../../../components/overview-panel';
import { LinkButton } from '../../../components/link-button';
import { RankingPanel } from '../../../components/ranking-panel';
import { useIndicatorValues, useIndicators, usePublishIndicatorValues } from '../../../api/indicators';
import { IndicatorFacts, IndicatorSelect, SampleNote } from '../../../components/indicator-picker';
import { ListQueryState, QueryState } from '../../../components/page-state';
import { useT } from '../../../i18n/use-t';
import { errorMessage } from '../../../lib/form-errors';
import { isAfterToday } from '../../../lib/partial-date';
import { useFormat } from '../../../lib/use-format';
import { useQueryParams } from '../../../lib/use-query-params';
import { CorrectionDialog } from './components/correction-dialog';
import { DashboardTrend } from './components/dashboard-trend';
import { HistoryDrawer } from './components/history-drawer';
import { ValueEntryDialog } from './components/value-entry-dialog';
import { ValuesTable } from './components/values-table';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * 指标数据: one indicator's current values in the user's zones (or, with a past date, the values
 * as the office knew them then, read-only); entry, corrections with a reason, each value's
 * history, and publication of the selected drafts. The indicator and the date stay in the URL.
 */
export function IndicatorsPage() {
  const { t } = useT();
  const format = useFormat();
  const { modal, message } = App.useApp();
  const { params, update } = useQueryParams();
  const definitions = useIndicators();
  const code = params.get('indicator') ?? definitions.data?.[0]?.code;
  const asOfParam = params.get('asOf');
  const asOf = asOfParam && DATE.test(asOfParam) ? asOfParam : undefined;
  const values = useIndicatorValues(code, asOf ? { asOf } : {});
  const publish = usePublishIndicatorValues();
  const [selected, setSelected] = useState<number[]>([]);
  const [entering, setEntering] = useState(false);
  const [correcting, setCorrecting] = useState<IndicatorValue>();
  const [viewing, setViewing] = useState<IndicatorValue>();

  const indicator = values.data?.indicator ?? definitions.data?.find((item) => item.code === code);
  const items = values.data?.items ?? [];
  const readOnly = asOf !== undefined;
  // Only drafts still on screen and publishable count (a refetch may have published or replaced some).
  const publishable = selected.filter((id) => items.some((item) => item.id === id && item.abilities.publish));

  const confirmPublish = () =>
    modal.confirm({
      title: t('indicators.publishConfirmTitle', { n: publishable.length }),
      content: t('indicators.publishConfirm'),
      okText: t('indicators.publish', { n: publishable.length }),
      cancelText: t('common.cancel'),
      okButtonProps: { 'data-testid': 'publish-confirm-ok' },
      onOk: () =>
        publish.mutateAsync(publishable).then(
          (answer) => {
            setSelected([]);
            void message.success(t('indicators.publishOk', { n: answer.items.length }));
          },
          (error: unknown) => void message.error(errorMessage(error)),
        ),
    });

  return (
    <div className="yz-section-stack">
      <h1 className="yz-page-title">{t('indicators.title')}</h1>
      <Card>
        <QueryState query={definitions}>
          {(list) => (
            <div className="yz-section-stack yz-section-stack--tight">
              <Space wrap size={[16, 8]}>
                <IndicatorSelect items={list} value={code} onChange={(next) => { setSelected([]); update({ indicator: next }); }} />
                <DatePicker
                  id="indicator-as-of"
                  aria-label={t('indicators.asOf')}
                  placeholder={t('indicators.asOfPlaceholder')}
                  value={asOf ? dayjs(asOf) : null}
                  disabledDate={(date) => isAfterToday(date)}
                  onChange={(date) => { setSelected([]); update({ asOf: date ? date.format('YYYY-MM-DD') : null }); }}
                  data-testid="indicator-as-of"
                />
                {!readOnly && (
                  <LinkButton to="/console/indicators/import" icon={<UploadOutlined aria-hidden="true" />} data-testid="indicator-import">
                    {t('indicators.import')}
                  </LinkButton>
                )}
                {!readOnly && indicator && (
                  <Button icon={<PlusOutlined aria-hidden="true" />} onClick={() => setEntering(true)} data-testid="indicator-enter">
                    {t('indicators.enter')}
                  </Button>
                )}
                {!readOnly && (
                  <Button type="primary" icon={<SendOutlined aria-hidden="true" />} disabled={publishable.length === 0} loading={publish.isPending} onClick={confirmPublish} data-testid="indicator-publish">
                    {t('indicators.publish', { n: publishable.length })}
                  </Button>
                )}
              </Space>
              {indicator && <IndicatorFacts indicator={indicator} />}
            </div>
          )}
        </QueryState>
      </Card>
      <Card>
        <div className="yz-section-stack yz-section-stack--tight">
          {readOnly ? (
            <Alert type="info" showIcon title={t('indicators.asOfNotice', { date: format.date(asOf) })} data-testid="as-of-notice" />
          ) : (
            <span className="yz-muted yz-small">{t('indicators.asOfHint')}</span>
          )}
          <SampleNote shown={items.some((item) => item.isSample)} />
          <ListQueryState query={values}>
            <ValuesTable
              items={items}
              cumulative={indicator?.cumulative ?? false}
              loading={values.isFetching}
              readOnly={readOnly}
              selected={publishable}
              onSelect={setSelected}
              onCorrect={setCorrecting}
              onHistory={setViewing}
            />
          </ListQueryState>
        </div>
      </Card>
      {indicator && !readOnly && items.length > 0 && (
        <Card title={t('dashboard.tab')}>
          <RankingPanel key={indicator.code} audience="staff" indicator={indicator} periods={[...new Set(items.map((item) => item.period))].sort().reverse()} />
          <ComparisonPanel key={`c-${indicator.code}`} audience="staff" indicator={indicator} zones={items.map((item) => item.zoneId)} />
          <DashboardTrend key={`t-${indicator.code}`} indicator={indicator} items={items} />
          {definitions.data && <OverviewPanel audience="staff" indicators={definitions.data} initial={indicator.code} />}
        </Card>
      )}
      {entering && indicator && <ValueEntryDialog indicator={indicator} onClose={() => setEntering(false)} />}
      {correcting && <CorrectionDialog value={correcting} onClose={() => setCorrecting(undefined)} />}
      {viewing && code && <HistoryDrawer code={code} value={viewing} onClose={() => setViewing(undefined)} />}
    </div>
  );
}
