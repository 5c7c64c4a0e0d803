// Chooses one routine: rotation through the day, health filters, a care plan and the time budget.
import { type Candidate, planCandidates, planInForce, planWalk } from './routine-plan';
import { addLoad, compareKeys, type RankingContext, rankingContext, rankKey } from './routine-rank';
import type { Routine, RoutineItem, RoutineRequest } from './routine-types';
import {
  allowedStretches,
  type Dose,
  doseSec,
  doseShare,
  type MuscleGroup,
  minimumDose,
  type Position,
  type StretchId,
  trimStep,
} from './stretches';

export type {
  PlanStretch,
  Routine,
  RoutineBudgetSec,
  RoutineItem,
  RoutineRequest,
} from './routine-types';

/** The walk follows the budget up to the two minutes the studies behind the default used. */
export const walkMaxSec = 120;
/** About one stretch a minute, up to three: 1 min → 1, 2 min → 2, 5 min → 3. */
export function maxItems(budgetSec: number): number {
  return Math.min(3, Math.max(1, Math.floor(budgetSec / 60)));
}

/**
 * Without a plan: the catalogue, less what the filters and hidden ids rule out.
 * With one: the plan's stretches only, with its doses, sides and notes; the filters and hidden
 * ids still win. When the plan leaves nothing (all filtered, or nothing fits the budget) the
 * routine is empty and the walk is offered alone: the plan prescribes, the catalogue does not.
 * The plan's stretches of the routine just offered come back only when nothing else of it fits.
 * A prescribed walk is the alternative, never an item (planWalk).
 */
export function pickRoutine(req: RoutineRequest): Routine {
  const allowed = allowedStretches(req.filters, req.hidden);
  const offerable = allowed.filter((s) => s.id !== 'walk-break');
  const context = rankingContext(req);
  let chosen: Picked[];
  let walk: ReturnType<typeof planWalk>;
  if (planInForce(req.plan)) {
    const candidates = planCandidates(req.plan, offerable);
    chosen = choose(candidates, req, context, req.previous);
    // A plan prescribes its stretches: rather than nothing, the routine just offered comes back.
    if (chosen.length === 0) chosen = choose(candidates, req, context, []);
    walk = planWalk(req.plan, allowed);
  } else {
    const catalogue = offerable.map((stretch) => ({ stretch, full: stretch.dose }));
    chosen = choose(catalogue, req, context, req.previous);
  }
  const items = chosen.map(toItem);
  const routine: Routine = {
    items,
    totalSec: items.reduce((sum, item) => sum + item.durationSec, 0),
    alternative: 'walk-break',
    alternativeSec: walk?.seconds ?? Math.min(req.budgetSec, walkMaxSec),
  };
  if (walk?.note) routine.alternativeNote = walk.note;
  return routine;
}

interface Picked extends Candidate {
  dose: Dose;
}

/**
 * Greedy: the best-ranked stretch that still fits (at its minimum dose), until the routine is full.
 * A group's use is weighed against how many of the offered stretches serve it, so a group with a
 * single stretch (the low back, the calves) does not bring that one stretch back all day.
 */
function choose(
  offered: Candidate[],
  req: RoutineRequest,
  context: RankingContext,
  previous: readonly StretchId[],
): Picked[] {
  const groupSize = new Map<MuscleGroup, number>();
  for (const { stretch } of offered) {
    groupSize.set(stretch.groups[0], (groupSize.get(stretch.groups[0]) ?? 0) + 1);
  }
  const pool = offered.filter((c) => !previous.includes(c.stretch.id));
  const load = new Map(context.load);
  const picked: Candidate[] = [];
  let minSum = 0;
  while (picked.length < maxItems(req.budgetSec)) {
    const fits = pool.filter(
      (c) => !picked.includes(c) && minSum + doseSec(minimumDose(c.full)) <= req.budgetSec,
    );
    const rank = (c: Candidate) => {
      const main = c.stretch.groups[0];
      return rankKey(c, (load.get(main) ?? 0) / (groupSize.get(main) ?? 1), picked, context);
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

function toItem({ stretch, dose, side, note }: Picked): RoutineItem {
  const item: RoutineItem = { id: stretch.id, durationSec: doseSec(dose) };
  if (dose.kind === 'hold') item.holdSec = dose.seconds;
  if (dose.kind === 'reps') item.reps = dose.count;
  if (side) item.side = side;
  if (note) item.note = note;
  return item;
}
