import { Space, Tag } from 'antd';
import { useT } from '../i18n/use-t';

/** What names an entry in the results: a contest's project and company, or a best case's innovation and zone. */
export type ResultEntryName = { companyName: string | null; projectName: string | null; innovationTitle: string | null; zoneName: string | null; isSample: boolean };

/** The entry's title on one line (示例 beside a sample entry) and, muted beneath it, who it belongs to (company or zone). */
export function ResultEntryTitle({ entry }: { entry: ResultEntryName }) {
  const title = entry.projectName ?? entry.innovationTitle ?? '—';
  const owner = entry.projectName !== null ? entry.companyName : entry.zoneName;
  return (
    <div>
      <div>
        {title} <EntrySampleTag isSample={entry.isSample} />
      </div>
      {owner && <div className="yz-muted yz-small">{owner}</div>}
    </div>
  );
}

/** 示例 beside an entry that is a sample: invented, or a real record whose entry, rank and award the demo made up. */
export function EntrySampleTag({ isSample }: { isSample: boolean }) {
  const { t } = useT();
  if (!isSample) return null;
  return (
    <Tag color="purple" bordered={false} title={t('results.sampleHint')} data-testid="sample-tag">
      {t('results.sample')}
    </Tag>
  );
}

/** The one-line label of an entry (for lists and pickers). */
export function resultEntryLabel(entry: ResultEntryName): string {
  const title = entry.projectName ?? entry.innovationTitle ?? '—';
  const owner = entry.projectName !== null ? entry.companyName : entry.zoneName;
  return owner ? `${title}（${owner}）` : title;
}

/** Scores are shown to one decimal: finer digits suggest a precision no panel has. */
export const oneDecimal = (value: number) => value.toFixed(1);

/** 晋级 and the award, as tags; nothing when the entry neither advances nor wins. */
export function OutcomeTags({ outcome }: { outcome: { advancing: boolean; award: string | null } }) {
  const { t } = useT();
  if (!outcome.advancing && !outcome.award) return <span className="yz-muted">—</span>;
  return (
    <Space size={4} wrap>
      {outcome.advancing && <Tag color="green">{t('results.advancing')}</Tag>}
      {outcome.award && <Tag color="gold">{outcome.award}</Tag>}
    </Space>
  );
}
