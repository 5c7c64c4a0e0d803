// Options: how sitting is measured, snoozes, and holding reminders during fullscreen.
import type { NumberSetting } from '../../core/settings';
import { type MessageKey, t } from '../i18n';
import { CheckField, fieldId, NumberField, type SectionProps } from './Fields';

const numberFields: { name: NumberSetting; label: MessageKey; hint: MessageKey }[] = [
  { name: 'sittingLimitMin', label: 'optionsSittingLimit', hint: 'optionsSittingLimitHint' },
  { name: 'breakMin', label: 'optionsBreak', hint: 'optionsBreakHint' },
  { name: 'idleDetectionSec', label: 'optionsIdle', hint: 'optionsIdleHint' },
  { name: 'snoozeMin', label: 'optionsSnooze', hint: 'optionsSnoozeHint' },
  { name: 'maxSnoozes', label: 'optionsMaxSnoozes', hint: 'optionsMaxSnoozesHint' },
  { name: 'dailyGoal', label: 'optionsDailyGoal', hint: 'optionsDailyGoalHint' },
];

export function SittingSection({ draft, errors, set }: SectionProps) {
  return (
    <section aria-labelledby="options-sitting">
      <h2 id="options-sitting">{t('optionsSittingHeading')}</h2>
      {numberFields.map(({ name, label, hint }) => (
        <NumberField
          key={name}
          name={name}
          label={t(label)}
          hint={t(hint)}
          value={draft[name]}
          error={errors[name]}
          onValue={(value) => set(name, value)}
        />
      ))}
      <CheckField
        id={fieldId('deferWhileFullscreen')}
        label={t('optionsDeferFullscreen')}
        checked={draft.deferWhileFullscreen}
        onChecked={(on) => set('deferWhileFullscreen', on)}
      />
    </section>
  );
}
