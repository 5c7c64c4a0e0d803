// Options: how sitting is measured, snoozes, and holding reminders during fullscreen.
import type { NumberSetting } from '../../core/settings';
import { type MessageKey, t } from '../i18n';
import { CheckField, fieldId, NumberField, type SectionProps } from './Fields';
import type { PlanOver } from './use-plan-over';

const numberFields: { name: NumberSetting; label: MessageKey; hint: MessageKey }[] = [
  { name: 'sittingLimitMin', label: 'optionsSittingLimit', hint: 'optionsSittingLimitHint' },
  { name: 'breakMin', label: 'optionsBreak', hint: 'optionsBreakHint' },
  { name: 'idleDetectionSec', label: 'optionsIdle', hint: 'optionsIdleHint' },
  { name: 'snoozeMin', label: 'optionsSnooze', hint: 'optionsSnoozeHint' },
  { name: 'maxSnoozes', label: 'optionsMaxSnoozes', hint: 'optionsMaxSnoozesHint' },
  { name: 'dailyGoal', label: 'optionsDailyGoal', hint: 'optionsDailyGoalHint' },
];

/** The hint, or for a field the care plan sets, what is in force and that this value is kept. */
function hintFor(name: NumberSetting, hint: MessageKey, plan: PlanOver | null): string {
  const planned =
    name === 'sittingLimitMin' || name === 'dailyGoal' ? plan?.values[name] : undefined;
  if (planned === undefined || !plan) return t(hint);
  return `${t(hint)} ${t('optionsSetByPlan', plan.clinic, planned)}`;
}

export function SittingSection({
  draft,
  errors,
  set,
  plan = null,
}: SectionProps & { plan?: PlanOver | null }) {
  return (
    <section aria-labelledby="options-sitting">
      <h2 id="options-sitting">{t('optionsSittingHeading')}</h2>
      {numberFields.map(({ name, label, hint }) => (
        <NumberField
          key={name}
          name={name}
          label={t(label)}
          hint={hintFor(name, hint, plan)}
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
