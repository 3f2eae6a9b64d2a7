import { Descriptions, Drawer, Result, Tag, Typography } from 'antd';
import { PLATFORM_TYPE_LABELS } from '@shared/platforms.enums';
import { isApiError } from '../api/api';
import { usePlatform } from '../api/platforms';
import { useFormat } from '../lib/use-format';
import { useT } from '../i18n/use-t';
import { useZoneNames } from '../lib/zone-names';
import { QueryState } from './page-state';
import { PlatformActions } from './platform-actions';
import { PlatformEvents } from './platform-events';
import { PlatformStatusTag } from './platform-status-tag';
import { SourceCitation } from './source-citation';
import { StatusTimeline } from './status-timeline';

/** One platform: its facts, its lifecycle, the actions the viewer may take and its history. */
export function PlatformDetailDrawer({ platformId, onClose }: { platformId: number | undefined; onClose: () => void }) {
  const { t, label } = useT();
  const format = useFormat();
  const detail = usePlatform(platformId);
  const zoneNames = useZoneNames();
  const title = detail.data?.platform.name ?? t('platforms.detail');

  return (
    <Drawer open={platformId !== undefined} onClose={onClose} size={640} title={title} destroyOnHidden>
      {isApiError(detail.error, 404) ? (
        <Result status="404" title={t('common.notFound')} subTitle={detail.error.message} />
      ) : (
        <QueryState query={detail}>
          {({ platform, events }) => (
            <div className="yz-section-stack yz-section-stack--tight" data-testid={`platform-detail-${platform.id}`}>
              <Descriptions
                size="small"
                column={1}
                bordered
                styles={{ label: { whiteSpace: 'nowrap', width: 120 } }}
                items={[
                  { key: 'zone', label: t('platform.zone'), children: zoneNames.full(platform.zoneId, platform.zoneName) },
                  { key: 'type', label: t('platform.type'), children: label(PLATFORM_TYPE_LABELS[platform.type]) },
                  {
                    key: 'status',
                    label: t('platform.status'),
                    children: (
                      <>
                        <PlatformStatusTag status={platform.status} />
                        {!platform.isPublic && <Tag>{t('platform.internal')}</Tag>}
                      </>
                    ),
                  },
                  { key: 'note', label: t('platform.note'), children: platform.note ? <span className="yz-prose">{platform.note}</span> : '—' },
                  { key: 'source', label: t('platform.source'), children: platform.source || platform.sourceNote ? <SourceCitation source={platform.source} note={platform.sourceNote} label={t('platform.source')} /> : '—' },
                  { key: 'updated', label: t('platform.updatedAt'), children: format.dateTime(platform.updatedAt) },
                ]}
              />
              <StatusTimeline name={platform.name} status={platform.status} dates={platform.statusDates} />
              <PlatformActions platform={platform} size="middle" />
              <section aria-labelledby="platform-events-title">
                <Typography.Title level={5} id="platform-events-title">
                  {t('platforms.events')}
                </Typography.Title>
                <PlatformEvents events={events} />
              </section>
            </div>
          )}
        </QueryState>
      )}
    </Drawer>
  );
}
