// Sentences about a care plan: its problems, each stretch's dose line, its dates and its contact.
import type { CarePlanStretch } from '../../core/care-plan';
import type { PlanSettingKey } from '../../core/effective-settings';
import { findStretch } from '../../core/stretches';
import { type MessageKey, t } from '../i18n';

/** One plain sentence for one problem of a refused plan or code. */
export function problemText(problem: { key: MessageKey; params: (string | number)[] }): string {
  return t(problem.key, ...problem.params);
}

/** "Hold 30 s · right side only · 3 times a day", from the plan's values over the catalogue's. */
export function doseLine(entry: CarePlanStretch): string {
  const stretch = findStretch(entry.id);
  if (!stretch) return '';
  const { dose } = stretch;
  const parts: string[] = [];
  if (dose.kind === 'reps') parts.push(t('carePlanDoseReps', entry.reps ?? dose.count));
  else if (dose.kind === 'walk') parts.push(t('carePlanDoseWalk', entry.holdSec ?? dose.seconds));
  else parts.push(t('carePlanDoseHold', entry.holdSec ?? dose.seconds));
  if (dose.kind !== 'walk' && dose.sides === 2) {
    parts.push(
      t(
        entry.side === 'left'
          ? 'carePlanSideLeft'
          : entry.side === 'right'
            ? 'carePlanSideRight'
            : 'carePlanSideBoth',
      ),
    );
  }
  if (entry.perDay !== undefined) parts.push(t('carePlanPerDay', entry.perDay));
  return parts.join(' · ');
}

/** Local midnight of a plan's calendar date (YYYY-MM-DD, already checked), `days` later. */
function localDay(date: string, days = 0): Date {
  const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
  return new Date(y, m - 1, d + days);
}

/** A plan's date as the reader's language writes it. */
export function planDate(date: string): string {
  return localDay(date).toLocaleDateString(undefined, { dateStyle: 'long' });
}

/** The setting's name and its value with the unit, for "Sitting limit: 60 min → 45 min". */
export function settingName(key: PlanSettingKey): string {
  return t(key === 'sittingLimitMin' ? 'carePlanSettingLimit' : 'carePlanSettingGoal');
}

export function settingValue(key: PlanSettingKey, value: number): string {
  return key === 'sittingLimitMin' ? t('carePlanMinutes', value) : String(value);
}

/** Whether the review date has passed: from the day after it, a quiet notice suggests booking one. */
export function reviewPassed(reviewDate: string | undefined, now: number): boolean {
  return reviewDate !== undefined && now >= localDay(reviewDate, 1).getTime();
}
