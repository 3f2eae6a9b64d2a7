import { Drawer, Tag, Timeline, Typography } from 'antd';
import type { IndicatorValue } from '../../../../api/types';
import { useIndicatorValueHistory } from '../../../../api/indicators';
import { QueryState } from '../../../../components/page-state';
import { SourceCitation } from '../../../../components/source-citation';
import { useT } from '../../../../i18n/use-t';
import { useFigureWords } from '../../../../lib/indicator-figures';
import { useFormat } from '../../../../lib/use-format';
import { useZoneNames } from '../../../../lib/zone-names';

/** Every version of one zone's value for one period, oldest first: value, who recorded it, when, why it replaced the one before. */
export function HistoryDrawer({ code, value, onClose }: { code: string; value: IndicatorValue; onClose: () => void }) {
  const { t } = useT();
  const words = useFigureWords();
  const format = useFormat();
  const zoneNames = useZoneNames();
  const history = useIndicatorValueHistory(code, { zone: value.zoneId, period: value.period });
  const title = t('indicators.historyTitle', { zone: zoneNames.full(value.zoneId, value.zoneName), period: words.period(value.period) });
  return (
    <Drawer open onClose={onClose} size={560} title={title} destroyOnHidden>
      <QueryState query={history}>
        {({ items }) => (
          <Timeline
            data-testid="value-history"
            items={items.map((version, index) => ({
              key: version.id,
              color: version.supersededAt === null ? 'green' : 'gray',
              content: (
                <div data-testid={`history-version-${index + 1}`}>
                  <Typography.Text strong>
                    {t('common.labelled', { label: t('indicators.historyVersion', { n: index + 1 }) })}
                    {words.figure(version)}
                  </Typography.Text>
                  {version.supersededAt === null && <Tag color="green" className="yz-ml">{t('indicators.historyCurrent')}</Tag>}
                  <div className="yz-small">
                    {version.recordedBy
                      ? t('indicators.historyRecorded', { who: version.recordedBy, at: format.dateTime(version.recordedAt) })
                      : t('indicators.historyImported', { at: format.dateTime(version.recordedAt) })}
                  </div>
                  <div className="yz-small">{version.correctionReason ? t('indicators.historyReason', { reason: version.correctionReason }) : t('indicators.historyFirst')}</div>
                  {version.publishedAt && <div className="yz-small">{t('indicators.historyPublished', { at: format.dateTime(version.publishedAt) })}</div>}
                  <SourceCitation source={version.source} note={version.internalNote} label={t('indicators.source')} />
                </div>
              ),
            }))}
          />
        )}
      </QueryState>
    </Drawer>
  );
}
