import { Button, type TableProps, Tag } from 'antd';
import { PLATFORM_STATUSES, PLATFORM_TYPE_LABELS } from '@shared/platforms.enums';
import type { Platform } from '../api/types';
import { useFormat } from '../lib/use-format';
import { useT } from '../i18n/use-t';
import { useZoneNames } from '../lib/zone-names';
import { PlatformActions } from './platform-actions';
import { PlatformStatusTag } from './platform-status-tag';
import { StatusTimeline } from './status-timeline';
import { ListTable } from './list-table';

/** The date of the platform's current stage, or of the latest stage that has one. */
function latestDate(platform: Platform) {
  const reached = PLATFORM_STATUSES.slice(0, PLATFORM_STATUSES.indexOf(platform.status) + 1).reverse();
  for (const status of reached) {
    const date = platform.statusDates[status];
    if (date?.on) return date;
  }
  return undefined;
}

/** Console ledger table: shared by the zone page and the platform list. */
export function PlatformTable({
  platforms,
  onOpen,
  showZone = true,
  loading,
  pagination = false,
  showProgress = false,
}: {
  platforms: Platform[];
  onOpen: (id: number) => void;
  showZone?: boolean;
  loading?: boolean;
  pagination?: TableProps<Platform>['pagination'];
  /** The per-row timeline needs ~400px; only where the table has the full page width. */
  showProgress?: boolean;
}) {
  const { t, label } = useT();
  const format = useFormat();
  const zoneNames = useZoneNames();
  return (
    <ListTable<Platform>
      dataSource={platforms}
      loading={loading}
      pagination={pagination}
      scroll={{ x: 'max-content' }}
      empty={t('platform.ledgerEmpty')}
      rowTestId={(platform) => `platform-row-${platform.id}`}
      columns={[
        {
          key: 'name',
          title: t('platform.name'),
          width: 180,
          render: (_, p) => (
            <Button type="link" className="yz-link-button" onClick={() => onOpen(p.id)}>
              {p.name}
            </Button>
          ),
        },
        { key: 'type', title: t('platform.type'), width: 160, render: (_, p) => label(PLATFORM_TYPE_LABELS[p.type]) },
        ...(showZone
          ? [
              {
                key: 'zone',
                title: t('platform.zone'),
                width: 120,
                render: (_: unknown, p: Platform) => (
                  <span title={zoneNames.full(p.zoneId, p.zoneName)}>{zoneNames.short(p.zoneId, p.zoneName)}</span>
                ),
              },
            ]
          : []),
        {
          key: 'status',
          title: t('platform.status'),
          width: 120,
          render: (_, p) => (
            <>
              <PlatformStatusTag status={p.status} />
              {!p.isPublic && <Tag bordered={false}>{t('platform.internal')}</Tag>}
            </>
          ),
        },
        ...(showProgress
          ? [
              {
                key: 'progress',
                title: t('platform.progress'),
                width: 370,
                render: (_: unknown, p: Platform) => <StatusTimeline name={p.name} status={p.status} dates={p.statusDates} compact />,
              },
            ]
          : []),
        ...(showProgress
          ? []
          : [
              {
                key: 'latest',
                title: t('platform.latestDate'),
                width: 120,
                render: (_: unknown, p: Platform) => {
                  const date = latestDate(p);
                  return date ? format.date(date.on, date.precision) : '—';
                },
              },
            ]),
        // Pinned right: on a 1280–1440 px screen the progress column pushes it out of view otherwise.
        { key: 'actions', title: t('common.actions'), width: 180, fixed: 'right' as const, render: (_, p) => <PlatformActions platform={p} /> },
      ]}
    />
  );
}
