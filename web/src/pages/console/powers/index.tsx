import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { todayInChina } from '@shared/partial-date';
import { Button, Tabs } from 'antd';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useMe } from '../../../api/auth';
import { useT } from '../../../i18n/use-t';
import { catalogueExportUrl } from '../imports/powers';
import { pickEnum } from '../../../lib/use-query-params';
import { BatchDialog } from './components/batch-dialog';
import { BatchesTab } from './components/batches-tab';
import { CompareTab } from './components/compare-tab';
import { DelegateDialog } from './components/delegate-dialog';
import { DelegationsTab } from './components/delegations-tab';
import { ItemDialog } from './components/item-dialog';
import { StatsTab } from './components/stats-tab';
import { TongbanTab } from './components/tongban-tab';

const TABS = ['list', 'stats', 'batches', 'compare', 'tongban'] as const;
type Tab = (typeof TABS)[number];
type Dialog = 'batch' | 'item' | 'delegate' | null;

/** 放权赋能: the catalogue, the 放得下·接得住·用得好 view, batches, the comparison of two days and 通办; the tab is in the URL. */
export function PowersPage() {
  const { t } = useT();
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const tab: Tab = pickEnum(params.get('tab'), TABS) ?? 'list';
  const [dialog, setDialog] = useState<Dialog>(null);
  // The catalogue and its batches are the province office's (the server refuses anyone else the same way).
  const keepsCatalogue = me.data?.role === 'province_admin';
  const button = (kind: Exclude<Dialog, null>, text: string, primary = false) => (
    <Button type={primary ? 'primary' : 'default'} icon={<PlusOutlined aria-hidden="true" />} onClick={() => setDialog(kind)} data-testid={`powers-new-${kind}`}>
      {text}
    </Button>
  );
  // The file of the list as shown: the day and the zone chosen above it (today and the whole scope by default).
  const on = params.get('on') ?? todayInChina();
  const zone = Number(params.get('zone')) || undefined;
  const listTools = (
    <>
      {keepsCatalogue && button('delegate', t('powers.delegate'), true)}
      {keepsCatalogue && button('item', t('powers.newItem'))}
      {keepsCatalogue && button('batch', t('powers.newBatch'))}
      {keepsCatalogue && (
        <Button icon={<UploadOutlined aria-hidden="true" />} onClick={() => void navigate('/console/powers/import')} data-testid="powers-import-catalogue">
          {t('powers.importCatalogue')}
        </Button>
      )}
      <Button icon={<UploadOutlined aria-hidden="true" />} onClick={() => void navigate('/console/powers/import-cases')} data-testid="powers-import-cases">
        {t('powers.importCases')}
      </Button>
      <Button icon={<DownloadOutlined aria-hidden="true" />} href={catalogueExportUrl(on, zone)} download data-testid="powers-export">
        {t('powers.exportList')}
      </Button>
    </>
  );
  const panes: Record<Tab, { label: string; node: React.ReactNode }> = {
    list: { label: t('powers.tab.list'), node: <DelegationsTab tools={listTools} /> },
    stats: { label: t('powers.tab.stats'), node: <StatsTab /> },
    batches: { label: t('powers.tab.batches'), node: <BatchesTab tools={keepsCatalogue ? button('batch', t('powers.newBatch'), true) : undefined} /> },
    compare: { label: t('powers.tab.compare'), node: <CompareTab /> },
    tongban: { label: t('powers.tab.tongban'), node: <TongbanTab /> },
  };
  return (
    <div className="yz-section-stack">
      <h1 className="yz-page-title">{t('powers.title')}</h1>
      <Tabs
        activeKey={tab}
        // Each tab has its own filters: a new tab starts from none.
        onChange={(key) => setParams(key === 'list' ? {} : { tab: key })}
        items={TABS.map((key) => ({ key, label: <span data-testid={`powers-tab-${key}`}>{panes[key].label}</span>, children: key === tab ? panes[key].node : null }))}
      />
      {dialog === 'batch' && <BatchDialog onClose={() => setDialog(null)} />}
      {dialog === 'item' && <ItemDialog onClose={() => setDialog(null)} />}
      {dialog === 'delegate' && <DelegateDialog onClose={() => setDialog(null)} />}
    </div>
  );
}
