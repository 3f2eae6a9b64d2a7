import { INNOVATION_DOMAIN_LABELS, INNOVATION_DOMAINS, type InnovationDomain } from '@shared/innovations.enums';
import type { TableColumnsType as ColumnsType } from 'antd';
import { invalidateInnovationData } from '../../../api/innovations';
import type { ImportRow } from '../../../api/types';
import { useT } from '../../../i18n/use-t';
import { ImportPage } from './import-page';
import { cellText } from './preview-rows';

/** 导入 Excel for innovations: the engine's page with the innovation columns. */
export function InnovationImportPage() {
  const { t, label } = useT();
  const domainLabel = (value: unknown) =>
    typeof value === 'string' && (INNOVATION_DOMAINS as readonly string[]).includes(value) ? label(INNOVATION_DOMAIN_LABELS[value as InnovationDomain]) : cellText(value);
  const columns: ColumnsType<ImportRow> = [
    { key: 'name', title: t('innovation.name'), width: 260, render: (_, row) => cellText(row.data.name) },
    { key: 'zone', title: t('innovation.zone'), width: 140, render: (_, row) => cellText(row.data.zoneName ?? row.data.zone ?? row.data.zoneId) },
    { key: 'domain', title: t('innovation.domain'), width: 150, render: (_, row) => domainLabel(row.data.domain) },
  ];
  return (
    <ImportPage
      kind="innovations"
      title={t('innovation.import')}
      parent={{ to: '/console/innovations', label: t('console.menu.innovations') }}
      dataColumns={columns}
      doneTo="/console/innovations?status=draft"
      invalidate={invalidateInnovationData}
    />
  );
}
