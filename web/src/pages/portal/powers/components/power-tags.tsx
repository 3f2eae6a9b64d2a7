/** The marks a delegated power carries wherever the portal shows it: its status by label, and 示例 when made up. */
import { Tag } from 'antd';
import { DELEGATION_STATUS_LABELS, type DelegationStatus } from '@shared/powers.enums';
import { useT } from '../../../../i18n/use-t';
import { useFormat } from '../../../../lib/use-format';

const STATUS_COLORS: Record<DelegationStatus, string> = {
  delegated: 'orange',
  taken_up: 'blue',
  in_operation: 'green',
  revoked: 'default',
};

export function DelegationStatusTag({ status }: { status: DelegationStatus }) {
  const { label } = useT();
  return (
    <Tag color={STATUS_COLORS[status]} data-status={status}>
      {label(DELEGATION_STATUS_LABELS[status])}
    </Tag>
  );
}

/** 示例: generated where the sources give only a count; the mark says so in words, not only in colour. */
export function PowerSampleTag({ isSample }: { isSample: boolean }) {
  const { t } = useT();
  if (!isSample) return null;
  return (
    <Tag color="purple" bordered={false} title={t('publicPowers.sampleHint')} data-testid="sample-tag">
      {t('publicPowers.sample')}
    </Tag>
  );
}

/** Working days and rates as an office writes them; a limit nobody has published says so. */
export function useLimitWords() {
  const { t } = useT();
  const format = useFormat();
  return {
    days: (n: number | null | undefined) => (n === null || n === undefined ? t('publicPowers.notPublished') : t('publicPowers.workingDays', { n: format.number(n) })),
    rate: (rate: number | null | undefined) => (rate === null || rate === undefined ? '—' : `${format.number(Math.round(rate * 1000) / 10)}%`),
  };
}
