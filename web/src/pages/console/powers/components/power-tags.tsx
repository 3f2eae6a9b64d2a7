import { Tag } from 'antd';
import { DELEGATION_STATUS_LABELS, type DelegationStatus } from '@shared/powers.enums';
import { useT } from '../../../../i18n/use-t';

const STATUS_COLORS = { delegated: 'gold', taken_up: 'blue', in_operation: 'green', revoked: 'default' } as const satisfies Record<DelegationStatus, string>;

/** A delegation's status by its label, coloured by how far it has come. */
export function DelegationStatusTag({ status }: { status: DelegationStatus }) {
  const { label } = useT();
  return (
    <Tag color={STATUS_COLORS[status]} data-testid="delegation-status">
      {label(DELEGATION_STATUS_LABELS[status])}
    </Tag>
  );
}

/** Generated where the sources give only counts (示例): never read as a real record. */
export function SampleTag({ show }: { show: boolean }) {
  const { t } = useT();
  return show ? <Tag className="yz-ml">{t('powers.sample')}</Tag> : null;
}

/** A count of working days, or a dash. */
export function useDays() {
  const { t } = useT();
  return (n: number | null | undefined) => (n === null || n === undefined ? '—' : t('powers.workingDays', { n: Number.isInteger(n) ? n : n.toFixed(1) }));
}

/** 承诺时限压缩率 as a percentage. */
export function formatRate(rate: number | null | undefined): string {
  return rate === null || rate === undefined ? '—' : `${(rate * 100).toFixed(1)}%`;
}
