import { AGGREGATION_METHOD_LABELS } from '@shared/evaluation.enums';
import { Alert, List, Space, Tag } from 'antd';
import type { ResultsComparison } from '../../../../../api/types';
import { resultEntryLabel } from '../../../../../components/result-entry';
import { useT } from '../../../../../i18n/use-t';

type Change = ResultsComparison['items'][number];

/**
 * 变化: the entries whose rank, advancement or award differs between two methods (the server
 * lists only those), each with what changes, in words — the question behind choosing a method.
 */
export function MethodChanges({ comparison }: { comparison: ResultsComparison }) {
  const { t, label } = useT();
  const a = label(AGGREGATION_METHOD_LABELS[comparison.a]);
  const b = label(AGGREGATION_METHOD_LABELS[comparison.b]);
  const yesNo = (value: boolean) => (value ? t('results.yes') : t('results.no'));
  const changes = (item: Change) => [
    item.a.rank !== item.b.rank && t('results.changeRank', { a: item.a.rank, b: item.b.rank }),
    item.a.advancing !== item.b.advancing && t('results.changeAdvancing', { a: yesNo(item.a.advancing), b: yesNo(item.b.advancing) }),
    item.a.award !== item.b.award && t('results.changeAward', { a: item.a.award ?? t('results.noAward'), b: item.b.award ?? t('results.noAward') }),
  ].filter((text): text is string => !!text);
  return (
    <section aria-labelledby="method-changes-title" data-testid="method-changes">
      <h3 id="method-changes-title" className="yz-subtitle">
        {t('results.changesTitle', { a, b })}
      </h3>
      {comparison.items.length === 0 ? (
        <Alert type="success" showIcon title={t('results.changesNone')} />
      ) : (
        <List
          size="small"
          bordered
          header={t('results.changesCount', { n: comparison.items.length })}
          dataSource={comparison.items}
          renderItem={(item) => (
            <List.Item data-testid={`change-${item.entryId}`}>
              <Space wrap>
                <span>{resultEntryLabel(item)}</span>
                {changes(item).map((text) => (
                  <Tag key={text} color="blue">{text}</Tag>
                ))}
              </Space>
            </List.Item>
          )}
        />
      )}
    </section>
  );
}
