// What a new plan is to the one in force (a revision, another plan, not newer), and what a revision
// changes, as data for the preview to word ("Seated figure-4: 20 s → 30 s").
import type { CarePlan, CarePlanStretch } from './care-plan-schema';
import type { StretchId } from './stretches';

export type PlanRelation = 'new' | 'revision' | 'notNewer' | 'otherPlan';

/**
 * Same plan and a higher revision: a revision. Same plan, same or lower revision: not newer, which
 * is refused (it would undo the clinic's edit). Another planId: another plan, applied only after
 * the preview says whose plan it replaces.
 */
export function planRelation(current: CarePlan | null, next: CarePlan): PlanRelation {
  if (!current) return 'new';
  if (current.planId !== next.planId) return 'otherPlan';
  return next.revision > current.revision ? 'revision' : 'notNewer';
}

type Field = 'holdSec' | 'reps' | 'side' | 'perDay' | 'note';

export type PlanChange =
  | { kind: 'added'; id: StretchId }
  | { kind: 'removed'; id: StretchId }
  | {
      kind: 'stretch';
      id: StretchId;
      field: Field;
      from: string | number | null;
      to: string | number | null;
    }
  | {
      kind: 'plan';
      field:
        | 'clinic'
        | 'contact'
        | 'note'
        | 'reviewDate'
        | 'sittingLimitMin'
        | 'dailyGoal'
        | 'painCheck';
      from: string | number | boolean | null;
      to: string | number | boolean | null;
    };

const stretchFields: Field[] = ['holdSec', 'reps', 'side', 'perDay', 'note'];

/** Every difference between two plans, the plan's own fields first, then stretch by stretch. */
export function comparePlans(old: CarePlan, next: CarePlan): PlanChange[] {
  const changes: PlanChange[] = [];
  const plain = (field: Extract<PlanChange, { kind: 'plan' }>['field'], a: unknown, b: unknown) => {
    const from = (a ?? null) as string | number | boolean | null;
    const to = (b ?? null) as string | number | boolean | null;
    if (from !== to) changes.push({ kind: 'plan', field, from, to });
  };
  plain('clinic', old.clinic.name, next.clinic.name);
  const contact = ({ clinician, phone, email, website }: CarePlan['clinic']) =>
    JSON.stringify([clinician, phone, email, website]);
  if (contact(old.clinic) !== contact(next.clinic)) {
    changes.push({ kind: 'plan', field: 'contact', from: null, to: null });
  }
  plain('note', old.note, next.note);
  plain('reviewDate', old.reviewDate, next.reviewDate);
  plain('sittingLimitMin', old.settings?.sittingLimitMin, next.settings?.sittingLimitMin);
  plain('dailyGoal', old.settings?.dailyGoal, next.settings?.dailyGoal);
  plain('painCheck', old.painCheck, next.painCheck);
  const before = new Map<StretchId, CarePlanStretch>(old.stretches.map((s) => [s.id, s]));
  for (const entry of next.stretches) {
    const was = before.get(entry.id);
    if (!was) {
      changes.push({ kind: 'added', id: entry.id });
      continue;
    }
    for (const field of stretchFields) {
      const from = was[field] ?? null;
      const to = entry[field] ?? null;
      if (from !== to) changes.push({ kind: 'stretch', id: entry.id, field, from, to });
    }
  }
  for (const entry of old.stretches) {
    if (!next.stretches.some((s) => s.id === entry.id))
      changes.push({ kind: 'removed', id: entry.id });
  }
  return changes;
}
