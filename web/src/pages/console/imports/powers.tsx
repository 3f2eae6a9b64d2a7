import { DownloadOutlined } from '@ant-design/icons';
import { useQuery, type QueryClient } from '@tanstack/react-query';
import { Button, Card, Form, Input, Select, Space, Tag } from 'antd';
import type { TableColumnsType as ColumnsType } from 'antd';
import { DELEGATION_TYPE_LABELS, type DelegationType } from '@shared/powers.enums';
import { useState } from 'react';
import { request } from '../../../api/api';
import type { ApiResponse, ImportRow } from '../../../api/types';
import { useT } from '../../../i18n/use-t';
import { chinaClock } from '../../../lib/format';
import { ImportPage } from './import-page';
import { cellText } from './preview-rows';

type Batches = ApiResponse<'/api/powers/batches', 'get'>;

/** What the powers pages show: every list and count under /api/powers. */
const invalidatePowers = (queryClient: QueryClient) => {
  void queryClient.invalidateQueries({ predicate: (query) => String(query.queryKey[0]).includes('power') });
};

const today = () => {
  const c = chinaClock(new Date());
  return `${c.year}-${String(c.month).padStart(2, '0')}-${String(c.day).padStart(2, '0')}`;
};

/** The catalogue's URL of a day: the export the lead's powers page links to as well. */
export const catalogueExportUrl = (on: string, zone?: number) => `/api/powers/export.xlsx?on=${encodeURIComponent(on)}${zone ? `&zone=${zone}` : ''}`;

/** 导出某日清单: the catalogue in effect on a day, in the import template's columns. */
function CatalogueExport() {
  const { t } = useT();
  const [on, setOn] = useState(today());
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(on);
  return (
    <Card title={<h2 className="yz-card-title">{t('powerImport.export')}</h2>}>
      <p className="yz-muted">{t('powerImport.exportHint')}</p>
      <Space wrap>
        <label htmlFor="power-export-on">{t('powerImport.exportOn')}</label>
        <Input id="power-export-on" type="date" value={on} max={today()} onChange={(event) => setOn(event.target.value)} style={{ width: 180 }} data-testid="power-export-on" />
        <Button icon={<DownloadOutlined aria-hidden="true" />} href={valid ? catalogueExportUrl(on) : undefined} disabled={!valid} download data-testid="power-export">
          {t('powerImport.exportButton')}
        </Button>
      </Space>
    </Card>
  );
}

/**
 * 导入新放权事项清单 (the province office): the batch the whole file is delegated in is chosen
 * first, then the engine's upload, preview and commit; the export of a day below.
 */
export function PowerCatalogueImportPage() {
  const { t, lang } = useT();
  const [batch, setBatch] = useState<number | undefined>();
  const batches = useQuery({ queryKey: ['power-batches'], queryFn: () => request<Batches>('/api/powers/batches') });
  const columns: ColumnsType<ImportRow> = [
    {
      key: 'item',
      title: t('powerImport.item'),
      render: (_, row) => (
        <>
          <div>{cellText(row.data.name)}</div>
          <div className="yz-muted yz-small">
            {cellText(row.data.code)} <Tag>{t(row.data.existingItem ? 'powerImport.existing' : 'powerImport.newItem')}</Tag>
          </div>
        </>
      ),
    },
    { key: 'zone', title: t('powerImport.zone'), width: 200, render: (_, row) => cellText(row.data.zoneName) },
    {
      key: 'terms',
      title: t('powerImport.terms'),
      width: 220,
      render: (_, row) => {
        const type = DELEGATION_TYPE_LABELS[row.data.delegationType as DelegationType];
        return (
          <>
            <div>{type ? type[lang] : cellText(row.data.delegationType)}{row.data.entrustmentRef ? `（${cellText(row.data.entrustmentRef)}）` : ''}</div>
            <div className="yz-muted yz-small">{t('powerImport.limits', { legal: cellText(row.data.legalLimitDays), promised: cellText(row.data.promisedLimitDays) })}</div>
          </>
        );
      },
    },
  ];
  return (
    <div className="yz-section-stack">
      <ImportPage
        kind="power_catalogue"
        title={t('powerImport.catalogueTitle')}
        parent={{ to: '/console/powers', label: t('powerImport.parent') }}
        dataColumns={columns}
        doneTo="/console/powers"
        invalidate={invalidatePowers}
        wording={{ rulesDetail: 'powerImport.catalogueRules', confirm: 'powerImport.catalogueConfirm', done: 'powerImport.catalogueDone', doneHint: 'powerImport.catalogueDoneHint', toList: 'powerImport.toPowers' }}
        extra={{
          ready: batch !== undefined,
          query: batch ? { batch: String(batch) } : {},
          fields: (
            <Form layout="vertical" className="yz-mb">
              <Form.Item label={t('powerImport.batch')} extra={t('powerImport.batchHint')} required htmlFor="power-import-batch">
                <Select
                  id="power-import-batch"
                  value={batch}
                  onChange={setBatch}
                  loading={batches.isPending}
                  placeholder={t('powerImport.batchPlaceholder')}
                  showSearch={{ optionFilterProp: 'label' }}
                  options={(batches.data?.items ?? []).map((b) => ({
                    value: b.id,
                    label: t('powerImport.batchOption', { title: b.title, document: b.document ?? t('powerImport.noDocument'), on: b.effectiveOn }),
                  }))}
                  data-testid="power-import-batch"
                />
              </Form.Item>
            </Form>
          ),
        }}
      />
      <CatalogueExport />
    </div>
  );
}

/** 导入月度办件量 (the receiving zone's staff): item, zone, month and count per row; a month recorded before is shown as replaced. */
export function PowerCasesImportPage() {
  const { t } = useT();
  const columns: ColumnsType<ImportRow> = [
    {
      key: 'item',
      title: t('powerImport.item'),
      render: (_, row) => (
        <>
          <div>{cellText(row.data.itemName)}</div>
          <div className="yz-muted yz-small">{cellText(row.data.itemCode)}</div>
        </>
      ),
    },
    { key: 'zone', title: t('powerImport.zone'), width: 200, render: (_, row) => cellText(row.data.zoneName) },
    { key: 'month', title: t('powerImport.month'), width: 100, render: (_, row) => cellText(row.data.month) },
    {
      key: 'count',
      title: t('powerImport.count'),
      width: 160,
      render: (_, row) => (
        <>
          {cellText(row.data.caseCount)}
          {typeof row.data.replaces === 'number' && <div className="yz-muted yz-small">{t('powerImport.replaces', { n: row.data.replaces })}</div>}
        </>
      ),
    },
  ];
  return (
    <ImportPage
      kind="power_cases"
      title={t('powerImport.casesTitle')}
      parent={{ to: '/console/powers', label: t('powerImport.parent') }}
      dataColumns={columns}
      doneTo="/console/powers"
      invalidate={invalidatePowers}
      wording={{ rulesDetail: 'powerImport.casesRules', confirm: 'powerImport.casesConfirm', done: 'powerImport.casesDone', doneHint: 'powerImport.casesDoneHint', toList: 'powerImport.toPowers' }}
    />
  );
}
