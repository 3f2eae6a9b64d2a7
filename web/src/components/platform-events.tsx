import { Timeline } from 'antd';
import { PLATFORM_STATUS_LABELS, PLATFORM_TRANSITIONS, PLATFORM_TRANSITION_LABELS } from '@shared/platforms.enums';
import type { PlatformEvent } from '../api/types';
import { useFormat } from '../lib/use-format';
import { useT } from '../i18n/use-t';
import { EmptyState } from './page-state';
import { STATUS_CHART_COLORS } from './platform-status-tag';

/** Who did what and when, oldest first, as the ledger's history. */
export function PlatformEvents({ events }: { events: PlatformEvent[] }) {
  const { t, label } = useT();
  const format = useFormat();
  if (events.length === 0) return <EmptyState description={t('platforms.eventsEmpty')} />;

  const actionLabel = (event: PlatformEvent) => {
    if (event.action === 'plan') return t('platforms.event.plan');
    if (event.action === 'update') return t('platforms.event.update');
    const transition = PLATFORM_TRANSITIONS.find((name) => name === event.action);
    return transition ? label(PLATFORM_TRANSITION_LABELS[transition]) : event.action;
  };

  return (
    <Timeline
      items={events.map((event) => ({
        key: event.id,
        color: event.toStatus ? STATUS_CHART_COLORS[event.toStatus] : 'gray',
        // A step without a known date says so; the time the row was written is not its date.
        title: event.occurredOn ? format.date(event.occurredOn, event.precision) : t('platforms.dateUnknown'),
        content: (
          <div className="yz-event">
            <p className="yz-event__head">
              <strong>{actionLabel(event)}</strong>
              {event.fromStatus && event.toStatus && event.fromStatus !== event.toStatus && (
                <span className="yz-muted">
                  {' '}
                  {label(PLATFORM_STATUS_LABELS[event.fromStatus])} → {label(PLATFORM_STATUS_LABELS[event.toStatus])}
                </span>
              )}
            </p>
            {event.document && (
              <p>
                {t('common.labelled', { label: t('platforms.document') })}{event.document}
              </p>
            )}
            {event.note && <p className="yz-prose">{event.note}</p>}
            <p className="yz-muted yz-small">
              {event.actorName ? `${t('platforms.eventActor', { name: event.actorName })} · ` : ''}
              {event.hasActor ? t('platforms.eventRecorded', { at: format.dateTime(event.createdAt) }) : t('platforms.eventImported', { at: format.dateTime(event.createdAt) })}
            </p>
          </div>
        ),
      }))}
    />
  );
}
