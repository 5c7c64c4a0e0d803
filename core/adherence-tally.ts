// How prompts become due breaks: the counting rules of docs/counting.md, one pass over the prompts.

import { intervalOf } from './days';
import type { BoutEnd, BoutRecord, PainRecord, PromptOutcome, PromptRecord } from './engine-types';

/**
 * The log rows the figures are computed from. Ranges are half-open, [from, to), and a prompt
 * belongs to the time it fell due (`dueAt`). The bouts must include every bout that overlaps
 * the range, so a prompt's bout can be found.
 */
export interface LogRows {
  bouts: readonly BoutRecord[];
  prompts: readonly PromptRecord[];
  pains: readonly PainRecord[];
}

// The user got up: a routine they finished, stopped or hurt in, and also a natural break ('away'),
// since being away for the break length while a prompt waited is exactly the break it asked for.
const takenOutcomes: ReadonlySet<PromptOutcome> = new Set(['done', 'partial', 'hurt', 'away']);

// After a snooze, and after a prompt nobody answered, the engine shows the limit's prompt again
// later in the same bout; the prompts of that chain are one due break, not several.
const askedAgain: ReadonlySet<PromptOutcome> = new Set(['snoozed', 'missed']);

// Reminders paused while a break was due: the break was put off, not refused, so it is not due.
// If the user is still sitting when the pause ends, the engine raises a new prompt, which is.
const putOff: ReadonlySet<PromptOutcome> = new Set(['paused']);

// A bout that ended like this means the user got off the chair, even with no prompt on screen.
const gotUp: ReadonlySet<BoutEnd> = new Set(['break', 'standing']);

export interface Tally {
  taken: number;
  due: number;
  /** Due breaks that ended with a break taken. */
  answered: number;
  pending: number;
  putOff: number;
}

/** The latest limit prompt of a bout, and whether a routine by hand ended that bout. */
interface BoutChain {
  lastDueAt: number;
  /** That prompt was snoozed or missed: its chain was still asking when the log stops. */
  open: boolean;
  interval: number;
  manualBreak: boolean;
}

/**
 * Breaks taken, due and answered per interval of `bounds`, in one pass over the prompts.
 *
 * A due break is a chain of limit prompts in one bout, linked by snoozes and misses; it counts once,
 * on the day of the prompt that closed it. A chain still open at its bout's last limit prompt counts
 * on that prompt's day: answered when the user then did a routine by hand or the bout ended on a
 * natural break or standing (a break taken, though no prompt row says so), pending while its bout is
 * not yet logged, missed otherwise. Manual routines ("Stretch now") are breaks taken, never due.
 * Prompts outside `bounds` still tell whether a chain inside them was closed later.
 */
export function tally(rows: LogRows, bounds: readonly number[]): Tally[] {
  const tallies: Tally[] = [];
  for (let i = 0; i < bounds.length - 1; i++) {
    tallies.push({ taken: 0, due: 0, answered: 0, pending: 0, putOff: 0 });
  }
  const chains = new Map<string, BoutChain>();
  for (const prompt of rows.prompts) {
    const interval = intervalOf(bounds, prompt.dueAt);
    const day = tallies[interval];
    if (day) countOnItsDay(day, prompt);
    followChain(chains, prompt, interval);
  }
  settleOpenChains(tallies, chains, rows.bouts);
  return tallies;
}

/** What a prompt says by itself: a break taken, a due break closed, or one put off by a pause. */
function countOnItsDay(day: Tally, prompt: PromptRecord): void {
  const took = takenOutcomes.has(prompt.outcome);
  const limit = prompt.trigger === 'limit';
  if (took) day.taken += 1;
  if (!limit) return;
  if (putOff.has(prompt.outcome)) day.putOff += 1;
  else if (!askedAgain.has(prompt.outcome)) {
    day.due += 1;
    if (took) day.answered += 1;
  }
}

/** Keeps, per bout, its latest limit prompt and whether a routine by hand was a break in it. */
function followChain(chains: Map<string, BoutChain>, prompt: PromptRecord, interval: number): void {
  const limit = prompt.trigger === 'limit';
  // Limit prompts always belong to a bout; a routine by hand matters only when it was a break.
  if (prompt.boutId === null || (!limit && !takenOutcomes.has(prompt.outcome))) return;
  let chain = chains.get(prompt.boutId);
  if (!chain) {
    chain = { lastDueAt: Number.NEGATIVE_INFINITY, open: false, interval: -1, manualBreak: false };
    chains.set(prompt.boutId, chain);
  }
  if (!limit) chain.manualBreak = true;
  else if (prompt.dueAt >= chain.lastDueAt) {
    chain.lastDueAt = prompt.dueAt;
    chain.open = askedAgain.has(prompt.outcome);
    chain.interval = interval;
  }
}

/** A chain still asking at its bout's last prompt is one due break: answered, pending or missed. */
function settleOpenChains(
  tallies: Tally[],
  chains: Map<string, BoutChain>,
  bouts: readonly BoutRecord[],
): void {
  const ends = endsOfOpenBouts(bouts, chains);
  for (const [boutId, chain] of chains) {
    const day = tallies[chain.interval];
    if (!chain.open || !day) continue;
    day.due += 1;
    const end = ends.get(boutId);
    if (chain.manualBreak) day.answered += 1;
    else if (end !== undefined && gotUp.has(end)) {
      day.taken += 1;
      day.answered += 1;
    } else if (end === undefined) day.pending += 1;
  }
}

/** How the bouts whose chain was left open ended; only those are looked up. */
function endsOfOpenBouts(
  bouts: readonly BoutRecord[],
  chains: Map<string, BoutChain>,
): Map<string, BoutEnd> {
  const ends = new Map<string, BoutEnd>();
  for (const bout of bouts) {
    const chain = chains.get(bout.id);
    if (chain?.open) ends.set(bout.id, bout.end);
  }
  return ends;
}
