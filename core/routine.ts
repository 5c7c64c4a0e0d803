// Chooses one routine: rotation through the day, health filters, a care plan and the time budget.
import {
  allowedStretches,
  applyOverride,
  type Dose,
  type DoseOverride,
  doseSec,
  doseShare,
  findStretch,
  type HealthFilters,
  type MuscleGroup,
  minimumDose,
  type Position,
  type Stretch,
  type StretchId,
  stretches,
  trimStep,
} from './stretches';

export type RoutineBudgetSec = 60 | 120 | 300;

export interface PlanStretch extends DoseOverride {
  id: StretchId;
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
  /** The routine offered just before this one (maybe yesterday), lead first: none may repeat. */
  previous: StretchId[];
  /** A clinic's care plan. */
  plan?: { stretches: PlanStretch[] } | null;
}

export interface RoutineItem {
  id: StretchId;
  durationSec: number;
  /** The dose to do, after the plan and any trim: holdSec for holds, reps for rep stretches. */
  holdSec?: number;
  reps?: number;
}

export interface Routine {
  /** 1–3 stretches, lead first; empty when the filters, hidden and previous ids leave nothing. */
  items: RoutineItem[];
  totalSec: number;
  /** Always offered: walking is the best-supported break (docs/content.md#defaults). */
  alternative: 'walk-break';
  alternativeSec: number;
}

/** The walk follows the budget up to the two minutes the studies behind the default used. */
export const walkMaxSec = 120;
/** About one stretch a minute, up to three: 1 min → 1, 2 min → 2, 5 min → 3. */
export function maxItems(budgetSec: number): number {
  return Math.min(3, Math.max(1, Math.floor(budgetSec / 60)));
}

export function pickRoutine(req: RoutineRequest): Routine {
  const allowed = allowedStretches(req.filters, req.hidden).filter((s) => s.id !== 'walk-break');
  const context = rankingContext(req);
  // A plan narrows the choice; only when it leaves nothing to offer does the catalogue step in.
  let chosen = choose(planCandidates(req.plan, allowed), req, context);
  const catalogueDoses = allowed.map((stretch) => ({ stretch, full: stretch.dose }));
  if (chosen.length === 0) chosen = choose(catalogueDoses, req, context);
  const items = chosen.map(toItem);
  return {
    items,
    totalSec: items.reduce((sum, item) => sum + item.durationSec, 0),
    alternative: 'walk-break',
    alternativeSec: Math.min(req.budgetSec, walkMaxSec),
  };
}

interface Candidate {
  stretch: Stretch;
  full: Dose;
}

interface Picked extends Candidate {
  dose: Dose;
}

function planCandidates(plan: RoutineRequest['plan'], pool: Stretch[]): Candidate[] {
  const out: Candidate[] = [];
  for (const entry of plan?.stretches ?? []) {
    const stretch = pool.find((s) => s.id === entry.id);
    // A plan naming a stretch twice keeps its first dose.
    if (stretch && !out.some((c) => c.stretch === stretch)) {
      out.push({ stretch, full: applyOverride(stretch.dose, entry) });
    }
  }
  return out;
}

interface RankingContext {
  /** Main group uses count twice, secondary ones once. */
  load: Map<MuscleGroup, number>;
  timesOffered: Map<StretchId, number>;
  lastOffered: Map<StretchId, number>;
  previousLead: MuscleGroup | undefined;
  dayRank: Map<StretchId, number>;
}

function rankingContext(req: RoutineRequest): RankingContext {
  const load = new Map<MuscleGroup, number>();
  const timesOffered = new Map<StretchId, number>();
  const lastOffered = new Map<StretchId, number>();
  req.earlierToday.forEach((id, index) => {
    // Ids come from stored logs: one that no longer exists is simply ignored.
    const stretch = findStretch(id);
    if (!stretch) return;
    addLoad(load, stretch);
    timesOffered.set(stretch.id, (timesOffered.get(stretch.id) ?? 0) + 1);
    lastOffered.set(stretch.id, index);
  });
  const lead = req.previous.map(findStretch).find((s) => s !== undefined);
  const dayRank = new Map(stretches.map((s, i) => [s.id, mix(req.dayStart, i)]));
  return { load, timesOffered, lastOffered, previousLead: lead?.groups[0], dayRank };
}

function addLoad(load: Map<MuscleGroup, number>, stretch: Stretch): void {
  stretch.groups.forEach((group, i) => {
    load.set(group, (load.get(group) ?? 0) + (i === 0 ? 2 : 1));
  });
}

/**
 * Greedy: the best-ranked stretch that still fits (at its minimum dose), until the routine is full.
 * A group's use is weighed against how many of the offered stretches serve it, so a group with a
 * single stretch (the low back, the calves) does not bring that one stretch back all day.
 */
function choose(offered: Candidate[], req: RoutineRequest, context: RankingContext): Picked[] {
  const groupSize = new Map<MuscleGroup, number>();
  for (const { stretch } of offered) {
    groupSize.set(stretch.groups[0], (groupSize.get(stretch.groups[0]) ?? 0) + 1);
  }
  const pool = offered.filter((c) => !req.previous.includes(c.stretch.id));
  const load = new Map(context.load);
  const picked: Candidate[] = [];
  let minSum = 0;
  while (picked.length < maxItems(req.budgetSec)) {
    const fits = pool.filter(
      (c) => !picked.includes(c) && minSum + doseSec(minimumDose(c.full)) <= req.budgetSec,
    );
    const rank = ({ stretch }: Candidate) => {
      const main = stretch.groups[0];
      return rankKey(stretch, (load.get(main) ?? 0) / (groupSize.get(main) ?? 1), picked, context);
    };
    const best = fits.reduce<Candidate | undefined>(
      (a, c) => (a === undefined || compareKeys(rank(c), rank(a)) < 0 ? c : a),
      undefined,
    );
    if (!best) break;
    picked.push(best);
    minSum += doseSec(minimumDose(best.full));
    addLoad(load, best.stretch);
  }
  return trimToFit(inFlowOrder(picked), req.budgetSec);
}

/** Smaller is better, compared in order; the last entry makes the order total. */
function rankKey(
  stretch: Stretch,
  groupUse: number,
  picked: Candidate[],
  context: RankingContext,
): number[] {
  const main = stretch.groups[0];
  return [
    // The same main group never leads two routines in a row, if anything else can.
    picked.length === 0 && main === context.previousLead ? 1 : 0,
    // Each stretch of a routine works a different main group, if it can.
    picked.some((c) => c.stretch.groups[0] === main) ? 1 : 0,
    groupUse,
    context.timesOffered.get(stretch.id) ?? 0,
    context.lastOffered.get(stretch.id) ?? -1,
    context.dayRank.get(stretch.id) ?? 0,
    stretches.indexOf(stretch),
  ];
}

function compareKeys(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

const positionOrder: Position[] = ['standing', 'seated', 'floor'];

/** The lead stays first; the rest follow so the user changes position as little as possible. */
function inFlowOrder(picked: Candidate[]): Candidate[] {
  const [lead, ...rest] = picked;
  if (!lead) return [];
  const place = (c: Candidate) =>
    c.stretch.position === lead.stretch.position ? -1 : positionOrder.indexOf(c.stretch.position);
  return [lead, ...rest.sort((a, b) => place(a) - place(b))];
}

/**
 * Over budget, the least-trimmed stretch gives up one step (5 s of hold or one rep) at a time;
 * ties trim the later one, so the lead keeps its dose longest. choose() made sure the minimums fit.
 */
function trimToFit(chosen: Candidate[], budgetSec: number): Picked[] {
  const picked: Picked[] = chosen.map((c) => ({ ...c, dose: c.full }));
  const total = () => picked.reduce((sum, p) => sum + doseSec(p.dose), 0);
  const share = (p: Picked) => doseShare(p.dose, p.full);
  while (total() > budgetSec) {
    const target = picked.reduce<Picked | undefined>(
      (best, p) => (trimStep(p.dose, p.full) && (!best || share(p) >= share(best)) ? p : best),
      undefined,
    );
    const next = target && trimStep(target.dose, target.full);
    if (!target || !next) break;
    target.dose = next;
  }
  return picked;
}

function toItem({ stretch, dose }: Picked): RoutineItem {
  const item: RoutineItem = { id: stretch.id, durationSec: doseSec(dose) };
  if (dose.kind === 'hold') item.holdSec = dose.seconds;
  if (dose.kind === 'reps') item.reps = dose.count;
  return item;
}

/** A small integer hash of the day and a catalogue position: a fresh, fixed order each day. */
function mix(dayStart: number, index: number): number {
  let h = Math.floor(dayStart / 1000) ^ Math.imul(index + 1, 0x9e3779b1);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
