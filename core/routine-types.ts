// The routine picker's types: what it is asked (with a care plan's stretches) and what it answers.
import type { DoseOverride, HealthFilters, StretchId } from './stretches';

export type RoutineBudgetSec = 60 | 120 | 300;

/** One stretch of a care plan, as a plan file holds it (docs/content.md#care-plans). */
export interface PlanStretch extends DoseOverride {
  id: StretchId;
  /** 'both' when absent; left or right only for two-sided stretches (otherwise ignored). */
  side?: 'both' | 'left' | 'right';
  /** 1–8: how many times a day the clinic wants it offered. */
  perDay?: number;
  /** Up to 200 characters from the clinician, shown with the stretch as plain text. */
  note?: string;
}

export interface RoutineRequest {
  /** Local midnight of the day (ms): the tie-breaking order changes from day to day. */
  dayStart: number;
  /** The routine length setting; 120 by default. */
  budgetSec: RoutineBudgetSec;
  filters: HealthFilters;
  hidden: StretchId[];
  /** Stretches offered earlier today, oldest first (ids, in the order they were offered). */
  earlierToday: StretchId[];
  /**
   * The routine offered just before this one (maybe yesterday), lead first: none may repeat,
   * except a plan's stretches when nothing else of the plan fits.
   */
  previous: StretchId[];
  /** A clinic's care plan: routines then come from its stretches only (see pickRoutine). */
  plan?: { stretches: readonly PlanStretch[] } | null;
}

export interface RoutineItem {
  id: StretchId;
  durationSec: number;
  /** The dose to do, after the plan and any trim: holdSec for holds, reps for rep stretches. */
  holdSec?: number;
  reps?: number;
  /** A plan's one side: the dose is worked once, with no switch (durationSec counts it so). */
  side?: 'left' | 'right';
  /** The clinician's note from the plan, plain text. */
  note?: string;
}

export interface Routine {
  /**
   * 1–3 stretches, lead first; empty when the filters, hidden and previous ids leave nothing, or
   * leave nothing of a plan: the walk alone is offered then.
   */
  items: RoutineItem[];
  totalSec: number;
  /** Always offered: walking is the best-supported break (docs/content.md#defaults). */
  alternative: 'walk-break';
  alternativeSec: number;
  /** The plan's note for its walk, when it prescribes one with a note. */
  alternativeNote?: string;
}
