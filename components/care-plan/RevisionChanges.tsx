// What a new revision of the plan in force changes, line by line: "Seated figure-4: 30 s → 45 s".
import { type CarePlan, type CarePlanStretch, isRealDate } from '../../core/care-plan';
import { comparePlans, type PlanChange } from '../../core/care-plan-changes';
import { t } from '../i18n';
import { stretchName } from '../stretch-name';
import { doseLine, planDate, settingName, settingValue } from './plan-text';

export function RevisionChanges({ current, next }: { current: CarePlan; next: CarePlan }) {
  const changes = comparePlans(current, next);
  return (
    <>
      <h3>{t('carePlanRevisionHeading', current.revision, next.revision)}</h3>
      {changes.length === 0 ? (
        <p>{t('carePlanRevisionSame')}</p>
      ) : (
        <ul data-list="revision-changes">
          {changes.map((change, i) => (
            <li key={i}>{changeText(change, current, next)}</li>
          ))}
        </ul>
      )}
    </>
  );
}

function changeText(change: PlanChange, current: CarePlan, next: CarePlan): string {
  if (change.kind === 'added' || change.kind === 'removed') {
    const key = change.kind === 'added' ? 'carePlanChangeAdded' : 'carePlanChangeRemoved';
    return t(key, stretchName(change.id));
  }
  if (change.kind === 'stretch') {
    const dose = (plan: CarePlan) =>
      doseLine(plan.stretches.find((s) => s.id === change.id) as CarePlanStretch);
    // A note is the clinic's own words: shown whole, old and new.
    if (change.field === 'note') {
      return t('carePlanChangeNote', stretchName(change.id), String(change.to ?? ''));
    }
    if (change.field === 'holdSec' || change.field === 'reps') {
      return t(
        'carePlanChange',
        stretchName(change.id),
        shortDose(change),
        shortDose(change, true),
      );
    }
    return t('carePlanChange', stretchName(change.id), dose(current), dose(next));
  }
  const value = (v: string | number | boolean | null) =>
    v === null ? t('carePlanChangeUnset') : String(v);
  switch (change.field) {
    case 'sittingLimitMin':
    case 'dailyGoal': {
      const show = (v: string | number | boolean | null) =>
        typeof v === 'number' ? settingValue(change.field as 'dailyGoal', v) : value(v);
      return t('carePlanChange', settingName(change.field), show(change.from), show(change.to));
    }
    case 'reviewDate': {
      const day = (v: string | number | boolean | null) =>
        typeof v === 'string' && isRealDate(v) ? planDate(v) : value(v);
      return t('carePlanChange', t('carePlanReviewLabel'), day(change.from), day(change.to));
    }
    case 'painCheck':
      return t(change.to ? 'carePlanChangePainOn' : 'carePlanChangePainOff');
    case 'note':
      return t('carePlanChangePlanNote');
    case 'contact':
      return t('carePlanChangeContact');
    case 'clinic':
      return t('carePlanChange', t('carePlanClinicLabel'), value(change.from), value(change.to));
  }
}

/** "30 s" or "10 reps" for a dose number that changed; a value the plan no longer sets says so. */
function shortDose(change: Extract<PlanChange, { kind: 'stretch' }>, after = false): string {
  const v = after ? change.to : change.from;
  if (typeof v !== 'number') return t('carePlanChangeUsual');
  return change.field === 'reps' ? t('carePlanDoseReps', v) : t('carePlanSeconds', v);
}
