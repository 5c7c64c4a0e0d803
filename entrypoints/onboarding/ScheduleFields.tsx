// Working days and hours: a switch, the days as checkboxes, and the start and end times.
import { t } from '../../components/i18n';
import type { SettingsError, Weekday } from '../../core/settings';
import type { ChangeDraft, Draft } from './draft';
import { FieldError, invalidProps } from './FieldError';

/** Monday first; names come from the browser in the user's language. */
const week: Weekday[] = [1, 2, 3, 4, 5, 6, 0];
const dayName = (day: Weekday) =>
  // 2024-01-07 was a Sunday, so the 7th + day falls on that weekday.
  new Date(2024, 0, 7 + day).toLocaleDateString(undefined, { weekday: 'long' });

export interface ScheduleFieldsProps {
  draft: Draft;
  errors: Partial<Record<string, SettingsError>>;
  change: ChangeDraft;
}

export function ScheduleFields({ draft, errors, change }: ScheduleFieldsProps) {
  const toggleDay = (day: Weekday, on: boolean) =>
    change(({ days }) => ({ days: on ? [...days, day] : days.filter((d) => d !== day) }));
  const daysError = errors['schedule.days'];
  const startError = errors['schedule.startMinute'];
  const endError = errors['schedule.endMinute'];
  return (
    <fieldset>
      <legend>{t('onboardingScheduleLegend')}</legend>
      <label class="check">
        <input
          type="checkbox"
          id="schedule-on"
          checked={draft.scheduleOn}
          onChange={(e) => change({ scheduleOn: e.currentTarget.checked })}
        />
        {t('onboardingScheduleEnabled')}
      </label>
      <fieldset
        class="days"
        data-invalid={daysError ? '' : undefined}
        aria-describedby={daysError ? 'days-error' : undefined}
      >
        <legend>{t('onboardingDaysLegend')}</legend>
        {week.map((day) => (
          <label class="check" key={day}>
            <input
              type="checkbox"
              name="day"
              value={day}
              checked={draft.days.includes(day)}
              onChange={(e) => toggleDay(day, e.currentTarget.checked)}
            />
            {dayName(day)}
          </label>
        ))}
        <FieldError id="days-error" error={daysError} />
      </fieldset>
      <div class="times">
        <label>
          {t('onboardingDayStart')}
          <input
            type="time"
            id="day-start"
            value={draft.start}
            onInput={(e) => change({ start: e.currentTarget.value })}
            {...invalidProps('start-error', startError)}
          />
        </label>
        <FieldError id="start-error" error={startError} />
        <label>
          {t('onboardingDayEnd')}
          <input
            type="time"
            id="day-end"
            value={draft.end}
            onInput={(e) => change({ end: e.currentTarget.value })}
            {...invalidProps('end-error', endError)}
          />
        </label>
        <FieldError id="end-error" error={endError} />
      </div>
    </fieldset>
  );
}
