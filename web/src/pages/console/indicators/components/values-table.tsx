import { Button, Popover, Space, Tag, Typography } from 'antd';
import type { TableProps } from 'antd';
import type { IndicatorValue } from '../../../../api/types';
import { ListTable } from '../../../../components/list-table';
import { SourceCitation } from '../../../../components/source-citation';
import { useT } from '../../../../i18n/use-t';
import { useFigureWords } from '../../../../lib/indicator-figures';
import { useZoneNames } from '../../../../lib/zone-names';

/** A value's source, on hover or focus (keyboard users reach it by tab): the citation, the source's own sentence, the internal note. */
function SourcePopover({ value, title }: { value: IndicatorValue; title: string }) {
  const { t } = useT();
  const content = (
    <div style={{ maxWidth: 420 }}>
      <SourceCitation source={value.source} label={t('indicators.source')} />
      {value.sourceSentence && (
        <Typography.Paragraph className="yz-small">
          {t('common.labelled', { label: t('indicators.sourceSentence') })}
          {value.sourceSentence}
        </Typography.Paragraph>
      )}
      {value.internalNote && (
        <Typography.Paragraph type="secondary" className="yz-small" data-testid="value-internal-note">
          {t('common.labelled', { label: t('indicators.internalNote') })}
          {value.internalNote}
        </Typography.Paragraph>
      )}
    </div>
  );
  return (
    <Popover content={content} title={title} trigger={['hover', 'focus']}>
      <Button type="link" size="small">
        <span style={{ maxWidth: 220, display: 'inline-block', verticalAlign: 'bottom', overflow: 'hidden', textOverflow: 'ellipsis' }}>{value.source}</span>
      </Button>
    </Popover>
  );
}

/**
 * The current values of one indicator, one row per zone and period, each figure written as the
 * source stated it (约110万元). Drafts the viewer may publish can be selected; read-only as of a past date.
 */
export function ValuesTable({
  items,
  cumulative,
  loading,
  readOnly,
  selected,
  onSelect,
  onCorrect,
  onHistory,
}: {
  items: IndicatorValue[];
  /** The indicator's values cover the year to their period. */
  cumulative: boolean;
  loading: boolean;
  readOnly: boolean;
  selected: number[];
  onSelect: (ids: number[]) => void;
  onCorrect: (value: IndicatorValue) => void;
  onHistory: (value: IndicatorValue) => void;
}) {
  const { t } = useT();
  const words = useFigureWords();
  const zoneNames = useZoneNames();
  const where = (value: IndicatorValue) => ({ zone: zoneNames.full(value.zoneId, value.zoneName), period: words.period(value.period, cumulative) });

  const columns: TableProps<IndicatorValue>['columns'] = [
    { title: t('indicators.zone'), key: 'zone', render: (_, value) => zoneNames.full(value.zoneId, value.zoneName) },
    { title: t('indicators.period'), key: 'period', render: (_, value) => words.period(value.period, cumulative) },
    {
      title: t('indicators.value'),
      key: 'value',
      align: 'right',
      render: (_, value) => (
        <span data-testid={`value-figure-${value.id}`}>
          {words.figure(value)}
          {value.isSample && <Tag className="yz-ml">{t('indicators.sample')}</Tag>}
        </span>
      ),
    },
    {
      title: t('indicators.state'),
      key: 'state',
      render: (_, value) => (
        <Space size={4} wrap>
          {value.publishedAt ? <Tag color="green">{t('indicators.published')}</Tag> : <Tag>{t('indicators.draft')}</Tag>}
          {value.correctionReason !== null && <Tag color="blue">{t('indicators.corrected')}</Tag>}
        </Space>
      ),
    },
    { title: t('indicators.source'), key: 'source', render: (_, value) => <SourcePopover value={value} title={t('indicators.sourceOf', where(value))} /> },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, value) => (
        <Space size={0}>
          {!readOnly && value.abilities.correct && (
            <Button type="link" size="small" onClick={() => onCorrect(value)} data-testid={`value-correct-${value.id}`}>
              {t('indicators.correct')}
            </Button>
          )}
          <Button type="link" size="small" onClick={() => onHistory(value)} data-testid={`value-history-${value.id}`}>
            {t('indicators.history')}
          </Button>
        </Space>
      ),
    },
  ];

  return (
    <ListTable<IndicatorValue>
      columns={columns}
      dataSource={items}
      loading={loading}
      pagination={false}
      rowTestId={(value) => `value-row-${value.zoneId}-${value.period}`}
      empty={t('indicators.empty')}
      scroll={{ x: 'max-content' }}
      rowSelection={
        readOnly
          ? undefined
          : {
              selectedRowKeys: selected,
              onChange: (keys) => onSelect(keys.map(Number)),
              getCheckboxProps: (value) => ({ disabled: !value.abilities.publish, 'aria-label': t('indicators.selectDraft', where(value)) }),
            }
      }
    />
  );
}
