// A care plan in the routine picker: its stretches as candidates (dose, side, note, perDay), its walk.
import type { PlanStretch, RoutineItem, RoutineRequest } from './routine-types';
import { applyOverride, type Dose, findStretch, type Stretch } from './stretches';

/** A stretch the picker may offer, with the dose it would have untrimmed. */
export interface Candidate {
  stretch: Stretch;
  /** The catalogue's dose, or the plan's (worked on one side only when the plan says so). */
  full: Dose;
  side?: 'left' | 'right';
  note?: string;
  /** How many times a day the plan wants it offered. */
  perDay?: number;
}

type Plan = NonNullable<RoutineRequest['plan']>;

/** A plan counts once it names a stretch this catalogue knows; an empty one is no plan. */
export function planInForce(plan: RoutineRequest['plan']): plan is Plan {
  return (plan?.stretches ?? []).some((entry) => findStretch(entry.id) !== undefined);
}

/** The dose worked on one side only: no second side, no switch. Walks have no sides. */
export function oneSided(dose: Dose): Dose {
  return dose.kind === 'walk' ? dose : { ...dose, sides: 1 };
}

/**
 * The plan's stretches that `pool` (already filtered, the walk left out) still holds, in the
 * plan's order; a plan naming a stretch twice keeps its first entry.
 */
export function planCandidates(plan: Plan, pool: readonly Stretch[]): Candidate[] {
  const out: Candidate[] = [];
  for (const entry of plan.stretches) {
    const stretch = pool.find((s) => s.id === entry.id);
    if (stretch && !out.some((c) => c.stretch === stretch)) out.push(candidate(stretch, entry));
  }
  return out;
}

function candidate(stretch: Stretch, entry: PlanStretch): Candidate {
  const dose = applyOverride(stretch.dose, entry);
  // Left or right only means something for a stretch done on both sides; elsewhere it is ignored.
  const twoSided = dose.kind !== 'walk' && dose.sides === 2;
  const side =
    twoSided && (entry.side === 'left' || entry.side === 'right') ? entry.side : undefined;
  const out: Candidate = { stretch, full: side ? oneSided(dose) : dose };
  if (side) out.side = side;
  const note = planNote(entry.note);
  if (note) out.note = note;
  const perDay = entry.perDay;
  if (typeof perDay === 'number' && Number.isFinite(perDay) && perDay >= 1) {
    out.perDay = Math.round(perDay);
  }
  return out;
}

function planNote(note: unknown): string | undefined {
  return typeof note === 'string' && note.trim() !== '' ? note.trim() : undefined;
}

/**
 * A prescribed walk is never an item: it stays the alternative offered at every break (so its
 * `perDay` is met by offering it each time), with the plan's `holdSec` as its length, as
 * prescribed and not cut to the routine length, and the plan's note. A walk the user hid is
 * not prescribed to them: the plain walk stays, as without a plan.
 */
export function planWalk(
  plan: Plan,
  allowed: readonly Stretch[],
): { seconds?: number; note?: string } | undefined {
  const entry = plan.stretches.find((e) => e.id === 'walk-break');
  const walk = allowed.find((s) => s.id === 'walk-break');
  if (!entry || !walk) return undefined;
  const out: { seconds?: number; note?: string } = {};
  const dose = applyOverride(walk.dose, entry);
  // applyOverride hands the same dose back when the plan gives no usable length.
  if (dose.kind === 'walk' && dose !== walk.dose) out.seconds = dose.seconds;
  const note = planNote(entry.note);
  if (note) out.note = note;
  return out;
}

/** The dose a routine item is played with: the catalogue's with its values, one side if it says. */
export function itemDose(item: RoutineItem): Dose | undefined {
  const stretch = findStretch(item.id);
  if (!stretch) return undefined;
  const dose = applyOverride(stretch.dose, { holdSec: item.holdSec, reps: item.reps });
  return item.side ? oneSided(dose) : dose;
}
