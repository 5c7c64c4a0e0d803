// Options: working hours on or off, the working days (from Monday) and the start and end times.
import type { Weekday, WorkSchedule } from '../../core/settings';
import { t } from '../i18n';
import { CheckField, describedBy, FieldMessage, fieldId, type SectionProps } from './Fields';
import { minutesToTime, timeToMinutes, weekdays } from './time-of-day';

export function ScheduleSection({ draft, errors, set }: SectionProps) {
  const schedule = draft.schedule;
  // From the latest draft, not this render's: quick clicks must not undo each other.
  const change = (patch: Partial<WorkSchedule>) => set('schedule', (old) => ({ ...old, ...patch }));
  const toggleDay = (day: Weekday, on: boolean) =>
    set('schedule', (old) => {
      const days = on ? [...old.days, day] : old.days.filter((d) => d !== day);
      return { ...old, days: [...new Set(days)].sort((a, b) => a - b) };
    });
  const daysId = fieldId('schedule.days');
  const daysError =
    errors['schedule.days'] ??
    Object.entries(errors).find(([path]) => path.startsWith('schedule.days.'))?.[1];

  return (
    <section aria-labelledby="options-schedule">
      <h2 id="options-schedule">{t('optionsScheduleHeading')}</h2>
      <CheckField
        id={fieldId('schedule.enabled')}
        label={t('optionsScheduleEnabled')}
        hint={t('optionsScheduleHint')}
        checked={schedule.enabled}
        onChecked={(enabled) => change({ enabled })}
      />
      <fieldset class="days" aria-describedby={`${daysId}-error`}>
        <legend>{t('optionsDays')}</legend>
        {weekdays().map(({ day, name }) => (
          <CheckField
            key={day}
            id={`${daysId}-${day}`}
            label={name}
            checked={schedule.days.includes(day)}
            onChecked={(on) => toggleDay(day, on)}
          />
        ))}
        <FieldMessage id={`${daysId}-error`} error={daysError} />
      </fieldset>
      <div class="times">
        <TimeField
          path="schedule.startMinute"
          label={t('optionsStart')}
          value={schedule.startMinute}
          isEnd={false}
          errors={errors}
          onValue={(startMinute) => change({ startMinute })}
        />
        <TimeField
          path="schedule.endMinute"
          label={t('optionsEnd')}
          hint={t('optionsEndHint')}
          value={schedule.endMinute}
          isEnd={true}
          errors={errors}
          onValue={(endMinute) => change({ endMinute })}
        />
      </div>
    </section>
  );
}

interface TimeFieldProps {
  path: string;
  label: string;
  hint?: string;
  value: number;
  isEnd: boolean;
  errors: SectionProps['errors'];
  onValue: (minutes: number) => void;
}

function TimeField({ path, label, hint, value, isEnd, errors, onValue }: TimeFieldProps) {
  const id = fieldId(path);
  const error = errors[path];
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input
        id={id}
        type="time"
        value={minutesToTime(value)}
        onInput={(e) => onValue(timeToMinutes(e.currentTarget.value, isEnd))}
        {...describedBy(id, error, hint !== undefined)}
      />
      {hint && (
        <p id={`${id}-hint`} class="hint">
          {hint}
        </p>
      )}
      <FieldMessage id={`${id}-error`} error={error} />
    </div>
  );
}
