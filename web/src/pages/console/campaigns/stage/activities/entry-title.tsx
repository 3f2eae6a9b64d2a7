import { Tag } from 'antd';
import { useT } from '../../../../../i18n/use-t';

/** An entry's project and company, marked 示例 where invented. */
export function EntryTitle({ entry }: { entry: { title: string; companyName: string | null; isSample: boolean } }) {
  const { t } = useT();
  return (
    <>
      {entry.title}
      {entry.companyName && <span className="yz-muted"> · {entry.companyName}</span>}
      {entry.isSample && <Tag className="yz-tag-after">{t('activities.sample')}</Tag>}
    </>
  );
}
