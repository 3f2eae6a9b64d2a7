import { Alert, Table } from 'antd';
import type { DictKey } from '../../../../../i18n/dictionary';
import type { JudgeAnalysis, ResultsAnalysis } from '../../../../../api/types';
import { useT } from '../../../../../i18n/use-t';
import { testIdProps } from '../../../../../lib/test-id';

/**
 * What an alpha means, in a sentence: the usual reading of Krippendorff's alpha (≥ 0.8 reliable,
 * ≥ 0.667 acceptable for tentative conclusions, below that doubtful).
 */
function alphaSentence(alpha: number | null): DictKey {
  if (alpha === null) return 'results.alphaNone';
  if (alpha >= 0.8) return 'results.alphaHigh';
  if (alpha >= 0.667) return 'results.alphaMid';
  return 'results.alphaLow';
}

const signed = (value: number | null, digits: number) => (value === null ? '—' : `${value > 0 ? '+' : ''}${value.toFixed(digits)}`);

/** 评分分析: the panel's agreement (alpha, said in words) and each judge's leniency and agreement with the rest. */
export function ResultsAnalysisPanel({ analysis }: { analysis: ResultsAnalysis }) {
  const { t } = useT();
  const { alpha } = analysis;
  const type = alpha === null ? 'info' : alpha >= 0.8 ? 'success' : alpha >= 0.667 ? 'info' : 'warning';
  return (
    <section aria-labelledby="results-analysis-title" className="yz-section-stack" data-testid="results-analysis">
      <h3 id="results-analysis-title" className="yz-subtitle">{t('results.analysisTitle')}</h3>
      <Alert
        type={type}
        showIcon
        title={t('results.alpha')}
        description={
          <>
            <div data-testid="results-alpha">{t(alphaSentence(alpha), { alpha: alpha === null ? '' : alpha.toFixed(2) })}</div>
            <div className="yz-muted yz-small">{t('results.alphaScale')}</div>
          </>
        }
      />
      <Table<JudgeAnalysis>
        rowKey="expertId"
        size="small"
        pagination={false}
        scroll={{ x: 'max-content' }}
        dataSource={analysis.judges}
        onRow={(row) => testIdProps(`analysis-judge-${row.expertId}`)}
        columns={[
          { title: t('results.judge'), dataIndex: 'name' },
          { title: t('results.shared'), dataIndex: 'sharedEntries' },
          { title: t('results.leniency'), key: 'leniency', align: 'right', render: (_, row) => signed(row.leniency, 1) },
          { title: t('results.agreement'), key: 'agreement', align: 'right', render: (_, row) => (row.agreement === null ? '—' : row.agreement.toFixed(2)) },
        ]}
      />
      <div className="yz-muted yz-small">
        <div>{t('results.noteLine', { name: t('results.leniency'), hint: t('results.leniencyHint') })}</div>
        <div>{t('results.noteLine', { name: t('results.agreement'), hint: t('results.agreementHint') })}</div>
      </div>
    </section>
  );
}
