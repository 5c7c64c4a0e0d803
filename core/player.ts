// The guided routine as a pure state machine: get ready, work each side, switch, move on, finish.
import { type Dose, switchSidesSec } from './stretches';

/** Seconds to get into position before each stretch. */
export const readySec = 5;

export interface PlayerItem {
  id: string;
  dose: Dose;
  /** A care plan's one side: the dose is worked once, on that side, with no switch. */
  side?: 'left' | 'right';
  /** The clinician's note, shown with the stretch as plain text. */
  note?: string;
}

export type Phase = 'ready' | 'work' | 'switch' | 'finished';

export interface PlayerState {
  items: PlayerItem[];
  index: number;
  /** 0 for the first (right) side, 1 for the second; a one-sided item stays at 0. */
  side: 0 | 1;
  phase: Phase;
  /** Time spent in the current phase. */
  elapsedMs: number;
  paused: boolean;
  /** Ids of the stretches done to the end, in order. */
  completed: string[];
}

export function sidesOf(dose: Dose): 1 | 2 {
  return dose.kind === 'walk' ? 1 : dose.sides;
}

/** How many times an item's dose is worked: once for a one-sided item, whatever its dose says. */
export function itemSides(item: PlayerItem): 1 | 2 {
  return item.side ? 1 : sidesOf(item.dose);
}

/** The time an item takes once its get-ready is over: each side's work and the switch between. */
export function itemSec(item: PlayerItem): number {
  const sides = itemSides(item);
  return workSec(item.dose) * sides + (sides - 1) * switchSidesSec;
}

/** How long one side's work takes. */
export function workSec(dose: Dose): number {
  if (dose.kind === 'reps') return dose.count * dose.secondsPerRep;
  return dose.seconds;
}

export function phaseMs(state: PlayerState): number {
  const item = state.items[state.index];
  if (!item) return 0;
  switch (state.phase) {
    case 'ready':
      return readySec * 1000;
    case 'work':
      return workSec(item.dose) * 1000;
    case 'switch':
      return switchSidesSec * 1000;
    case 'finished':
      return 0;
  }
}

export function startPlayer(items: PlayerItem[]): PlayerState {
  return at(
    { items, index: 0, side: 0, phase: 'ready', elapsedMs: 0, paused: false, completed: [] },
    0,
  );
}

/** Moves time on by `ms`, crossing as many phases as that takes; nothing moves while paused. */
export function tick(state: PlayerState, ms: number): PlayerState {
  if (state.paused || state.phase === 'finished') return state;
  let s = { ...state, elapsedMs: state.elapsedMs + ms };
  for (
    let length = phaseMs(s);
    s.phase !== 'finished' && s.elapsedMs >= length;
    length = phaseMs(s)
  ) {
    s = { ...afterPhase(s), elapsedMs: s.elapsedMs - length };
  }
  return s;
}

function afterPhase(s: PlayerState): PlayerState {
  const item = s.items[s.index];
  if (!item) return { ...s, phase: 'finished' };
  if (s.phase === 'ready') return { ...s, phase: 'work' };
  if (s.phase === 'switch') return { ...s, phase: 'work', side: 1 };
  // The end of a side's work.
  if (s.side === 0 && itemSides(item) === 2) return { ...s, phase: 'switch' };
  return at({ ...s, completed: [...s.completed, item.id] }, s.index + 1);
}

/** The start of item `index` (its get-ready), or the end when there is none. */
function at(s: PlayerState, index: number): PlayerState {
  const phase: Phase = index < s.items.length ? 'ready' : 'finished';
  return { ...s, index, side: 0, phase, elapsedMs: 0 };
}

/** Skips the rest of this stretch without counting it as done. */
export function next(s: PlayerState): PlayerState {
  return s.phase === 'finished' ? s : at(s, s.index + 1);
}

/** Back to the start of this stretch, or of the one before when this one has barely begun. */
export function back(s: PlayerState): PlayerState {
  const fresh = s.phase === 'ready' || s.phase === 'finished';
  const index = fresh ? Math.max(0, s.index - 1) : s.index;
  const redo = s.items[index]?.id;
  const completed = s.completed.filter(
    (id, i) => !(id === redo && i === s.completed.lastIndexOf(redo)),
  );
  return at({ ...s, completed }, index);
}

export function setPaused(s: PlayerState, paused: boolean): PlayerState {
  return { ...s, paused };
}

/** Whole seconds left in the current phase, for the countdown. */
export function secondsLeft(s: PlayerState): number {
  return Math.max(0, Math.ceil((phaseMs(s) - s.elapsedMs) / 1000));
}

/** For rep stretches: which rep is under way (1-based), or null. */
export function currentRep(s: PlayerState): number | null {
  const dose = s.items[s.index]?.dose;
  if (s.phase !== 'work' || dose?.kind !== 'reps') return null;
  return Math.min(dose.count, Math.floor(s.elapsedMs / (dose.secondsPerRep * 1000)) + 1);
}
