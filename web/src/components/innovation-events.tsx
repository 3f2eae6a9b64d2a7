import { Timeline } from 'antd';
import { INNOVATION_STATUS_LABELS, INNOVATION_TRANSITIONS, INNOVATION_TRANSITION_LABELS } from '@shared/innovations.enums';
import type { InnovationEvent } from '../api/types';
import type { DictKey } from '../i18n/dictionary';
import { useFormat } from '../lib/use-format';
import { useT } from '../i18n/use-t';
import { INNOVATION_STATUS_COLORS } from './innovation-status-tag';
import { EmptyState } from './page-state';

const OTHER_ACTIONS: Record<string, DictKey> = {
  create: 'innovation.event.create',
  update: 'innovation.event.update',
  import: 'innovation.event.import',
};

const TIMELINE_COLORS: Record<string, string> = { green: 'green', red: 'red', volcano: 'red', orange: 'orange', default: 'gray' };

/** 状态流转: every step with who, when and why (action, from → to, comment, document, batch, date). */
export function InnovationEvents({ events }: { events: InnovationEvent[] }) {
  const { t, label } = useT();
  const format = useFormat();
  if (events.length === 0) return <EmptyState description={t('platforms.eventsEmpty')} />;

  const actionLabel = (event: InnovationEvent) => {
    const transition = INNOVATION_TRANSITIONS.find((name) => name === event.action);
    if (transition) return label(INNOVATION_TRANSITION_LABELS[transition]);
    const key = OTHER_ACTIONS[event.action];
    return key ? t(key) : event.action;
  };

  return (
    <Timeline
      items={events.map((event) => ({
        key: event.id,
        color: TIMELINE_COLORS[INNOVATION_STATUS_COLORS[event.toStatus]] ?? 'blue',
        content: (
          <div className="yz-event" data-testid={`innovation-event-${event.id}`}>
            {event.occurredOn && <p className="yz-event__date">{format.date(event.occurredOn)}</p>}
            <p className="yz-event__head">
              <strong>{actionLabel(event)}</strong>
              {event.fromStatus && event.fromStatus !== event.toStatus && (
                <span className="yz-muted">
                  {' '}
                  {label(INNOVATION_STATUS_LABELS[event.fromStatus])} → {label(INNOVATION_STATUS_LABELS[event.toStatus])}
                </span>
              )}
            </p>
            {event.comment && <p className="yz-prose yz-event__comment">{event.comment}</p>}
            {event.document && (
              <p>
                {t('common.labelled', { label: t('innovation.document') })}{event.document}
              </p>
            )}
            {event.batch && (
              <p>
                {t('common.labelled', { label: t('innovation.batch') })}{event.batch}
              </p>
            )}
            <p className="yz-muted yz-small">
              {event.actorName ? `${t('platforms.eventActor', { name: event.actorName })} · ` : ''}
              {t('platforms.eventRecorded', { at: format.dateTime(event.createdAt) })}
            </p>
          </div>
        ),
      }))}
    />
  );
}
