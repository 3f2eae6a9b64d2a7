import { PLATFORM_STATUSES, PLATFORM_STATUS_LABELS, type PlatformStatus } from '@shared/platforms.enums';
import type { StatusDate } from '../api/types';
import { useFormat } from '../lib/use-format';
import { useT } from '../i18n/use-t';

type StepState = 'done' | 'current' | 'pending' | 'skipped';

function stepState(step: PlatformStatus, current: PlatformStatus, dates: Partial<Record<PlatformStatus, StatusDate>>): StepState {
  const index = PLATFORM_STATUSES.indexOf(step);
  const currentIndex = PLATFORM_STATUSES.indexOf(current);
  if (index === currentIndex) return 'current';
  if (index > currentIndex) return 'pending';
  // Pilot designations go from 获批 straight to 封关运营 (see PLATFORM_MACHINE): no 建设 date at all.
  if (step === 'building' && !dates.building) return 'skipped';
  return 'done';
}

/** 谋划 → 申建 → 获批 → 建设 → 封关运营, with the date of each stage where it is known. */
export function StatusTimeline({
  name,
  status,
  dates,
  compact = false,
}: {
  name: string;
  status: PlatformStatus;
  dates: Partial<Record<PlatformStatus, StatusDate>>;
  compact?: boolean;
}) {
  const { t, label } = useT();
  const format = useFormat();
  return (
    <ol className={compact ? 'yz-timeline yz-timeline--compact' : 'yz-timeline'} aria-label={t('platform.timelineLabel', { name })}>
      {PLATFORM_STATUSES.map((step) => {
        const state = stepState(step, status, dates);
        const date = dates[step];
        const dateText = date?.on ? format.date(date.on, date.precision) : null;
        return (
          <li
            key={step}
            className={`yz-timeline__step yz-timeline__step--${state}${step === 'operating' && state === 'current' ? ' yz-timeline__step--final' : ''}`} aria-current={state === 'current' ? 'step' : undefined}>
            <span className="yz-timeline__dot" aria-hidden="true" />
            <span className="yz-timeline__label">{label(PLATFORM_STATUS_LABELS[step])}</span>
            <span className="yz-timeline__date">
              {state === 'skipped' ? (
                <span className="yz-visually-hidden">{t('platform.stepSkipped')}</span>
              ) : state === 'pending' ? null : (
                (dateText ?? <span className="yz-visually-hidden">{t('platform.stepDateUnknown')}</span>)
              )}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
