// How the routine picker ranks candidates: a plan's perDay, rotation through the day, a daily shuffle.

import type { Candidate } from './routine-plan';
import type { RoutineRequest } from './routine-types';
import {
  findStretch,
  type MuscleGroup,
  type Stretch,
  type StretchId,
  stretches,
} from './stretches';

export interface RankingContext {
  /** Main group uses count twice, secondary ones once. */
  load: Map<MuscleGroup, number>;
  timesOffered: Map<StretchId, number>;
  lastOffered: Map<StretchId, number>;
  previousLead: MuscleGroup | undefined;
  dayRank: Map<StretchId, number>;
}

export function rankingContext(req: RoutineRequest): RankingContext {
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

export function addLoad(load: Map<MuscleGroup, number>, stretch: Stretch): void {
  stretch.groups.forEach((group, i) => {
    load.set(group, (load.get(group) ?? 0) + (i === 0 ? 2 : 1));
  });
}

/**
 * Smaller is better, compared in order; the last entry makes the order total.
 * A plan's stretch offered fewer times today than its `perDay` comes before everything else (the
 * one furthest from its count first, as a share of it, so several spread over the day); once met,
 * or with no `perDay`, it rotates like any other. Without a plan the first two entries are equal
 * for all, so the order is the one the picker always had.
 */
export function rankKey(
  candidate: Candidate,
  groupUse: number,
  picked: readonly Candidate[],
  context: RankingContext,
): number[] {
  const { stretch, perDay } = candidate;
  const main = stretch.groups[0];
  const offered = context.timesOffered.get(stretch.id) ?? 0;
  const due = perDay !== undefined && offered < perDay;
  return [
    due ? 0 : 1,
    due ? offered / perDay : 0,
    // The same main group never leads two routines in a row, if anything else can.
    picked.length === 0 && main === context.previousLead ? 1 : 0,
    // Each stretch of a routine works a different main group, if it can.
    picked.some((c) => c.stretch.groups[0] === main) ? 1 : 0,
    groupUse,
    offered,
    context.lastOffered.get(stretch.id) ?? -1,
    context.dayRank.get(stretch.id) ?? 0,
    stretches.indexOf(stretch),
  ];
}

export function compareKeys(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** A small integer hash of the day and a catalogue position: a fresh, fixed order each day. */
function mix(dayStart: number, index: number): number {
  let h = Math.floor(dayStart / 1000) ^ Math.imul(index + 1, 0x9e3779b1);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
