// Adherence figures from log rows: today, per day, streak, rate, per-stretch counts, pain reports.
import { addDays, dayKey, dayStarts, intervalOf, startOfDay } from './days';
import type { BoutEnd, BoutRecord, PainRecord, PromptOutcome, PromptRecord } from './engine-types';

/** Breaks a day needs to count towards the streak (docs/product.md#daily-goal-and-streak). */
export const defaultDailyGoal = 8;

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

export interface DayFigures {
  /** Local date, YYYY-MM-DD. */
  date: string;
  /** Breaks taken: the chart's "done". */
  taken: number;
  /** Breaks the sitting limit asked for. */
  due: number;
  /** Due breaks that ended without one being taken. */
  missed: number;
  /** Due breaks still waiting for an answer (a snooze in the bout still running). */
  pending: number;
  /** Breaks put off by a pause: neither due nor missed (docs/counting.md). */
  putOff: number;
  satMin: number;
  longestBoutMin: number;
}

export interface StretchCount {
  stretchId: string;
  count: number;
}

const minuteMs = 60_000;

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

interface Tally {
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
function tally(rows: LogRows, bounds: readonly number[]): Tally[] {
  const tallies: Tally[] = [];
  for (let i = 0; i < bounds.length - 1; i++) {
    tallies.push({ taken: 0, due: 0, answered: 0, pending: 0, putOff: 0 });
  }
  const chains = new Map<string, BoutChain>();
  for (const prompt of rows.prompts) {
    const interval = intervalOf(bounds, prompt.dueAt);
    const day = tallies[interval];
    const took = takenOutcomes.has(prompt.outcome);
    const limit = prompt.trigger === 'limit';
    const again = limit && askedAgain.has(prompt.outcome);
    const counted = limit && !again && !putOff.has(prompt.outcome);
    if (day) {
      if (took) day.taken += 1;
      if (limit && putOff.has(prompt.outcome)) day.putOff += 1;
      if (counted) {
        day.due += 1;
        if (took) day.answered += 1;
      }
    }
    // Limit prompts always belong to a bout; a routine by hand matters only when it was a break.
    if (prompt.boutId === null || (!limit && !took)) continue;
    let chain = chains.get(prompt.boutId);
    if (!chain) {
      chain = {
        lastDueAt: Number.NEGATIVE_INFINITY,
        open: false,
        interval: -1,
        manualBreak: false,
      };
      chains.set(prompt.boutId, chain);
    }
    if (!limit) chain.manualBreak = true;
    else if (prompt.dueAt >= chain.lastDueAt) {
      chain.lastDueAt = prompt.dueAt;
      chain.open = again;
      chain.interval = interval;
    }
  }
  const ends = endsOfOpenBouts(rows.bouts, chains);
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
  return tallies;
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

interface Sitting {
  satMs: number;
  longestMs: number;
}

/** Time sat per interval, each bout clipped to the intervals it overlaps (split at midnight). */
function sitting(
  bouts: readonly Pick<BoutRecord, 'startedAt' | 'endedAt'>[],
  bounds: readonly number[],
): Sitting[] {
  const result: Sitting[] = [];
  for (let i = 0; i < bounds.length - 1; i++) result.push({ satMs: 0, longestMs: 0 });
  const first = bounds[0] ?? 0;
  const last = bounds[bounds.length - 1] ?? 0;
  for (const bout of bouts) {
    if (bout.endedAt <= first || bout.startedAt >= last) continue;
    for (let i = Math.max(0, intervalOf(bounds, bout.startedAt)); i < result.length; i++) {
      const start = bounds[i] ?? 0;
      const end = bounds[i + 1] ?? 0;
      if (start >= bout.endedAt) break;
      const ms = Math.min(end, bout.endedAt) - Math.max(start, bout.startedAt);
      const day = result[i];
      if (day && ms > 0) {
        day.satMs += ms;
        day.longestMs = Math.max(day.longestMs, ms);
      }
    }
  }
  return result;
}

/** Breaks taken in each interval of `bounds`, as `figuresOver` counts them. */
export function takenOver(rows: LogRows, bounds: readonly number[]): number[] {
  return tally(rows, bounds).map((t) => t.taken);
}

/** The figures of each interval of `bounds` (consecutive local days). */
export function figuresOver(
  rows: LogRows,
  bounds: readonly number[],
  current: CurrentBout | null,
): DayFigures[] {
  const tallies = tally(rows, bounds);
  const now = current ? [{ startedAt: current.startedAt, endedAt: current.now }] : [];
  const sat = sitting(now.length ? [...rows.bouts, ...now] : rows.bouts, bounds);
  return tallies.map((t, i) => {
    const s = sat[i] ?? { satMs: 0, longestMs: 0 };
    return {
      date: dayKey(bounds[i] ?? 0),
      taken: t.taken,
      due: t.due,
      missed: t.due - t.answered - t.pending,
      pending: t.pending,
      putOff: t.putOff,
      satMin: Math.round(s.satMs / minuteMs),
      longestBoutMin: Math.round(s.longestMs / minuteMs),
    };
  });
}

interface CurrentBout {
  startedAt: number;
  now: number;
}

/**
 * Today's figures at `now`. The bout in progress lives in engine state, not in the log: pass its
 * start to count it up to `now` in the minutes sat and the longest bout.
 */
export function today(
  rows: LogRows,
  now: number,
  currentBout: { startedAt: number } | null = null,
): DayFigures {
  const bounds = [startOfDay(now), addDays(now, 1)];
  const current = currentBout ? { startedAt: currentBout.startedAt, now } : null;
  const [day] = figuresOver(rows, bounds, current);
  // figures() returns one entry per interval and there is exactly one here.
  return day as DayFigures;
}

/** One entry per local day for `days` days, starting with the day that holds `from`. */
export function perDay(rows: LogRows, from: number, days: number): DayFigures[] {
  return figuresOver(rows, dayStarts(from, days), null);
}

/**
 * The share of due breaks that ended with a break taken, 0 to 1, or null when nothing was due.
 * Breaks still pending are left out until they are answered.
 */
export function adherenceRate(rows: LogRows, from: number, to: number): number | null {
  const [t] = tally(rows, [from, to]);
  const decided = t ? t.due - t.pending : 0;
  return t && decided > 0 ? t.answered / decided : null;
}

/** How many times each stretch was done all the way through, most done first. */
export function perStretch(rows: LogRows, from: number, to: number): StretchCount[] {
  const counts = new Map<string, number>();
  for (const prompt of rows.prompts) {
    if (prompt.dueAt < from || prompt.dueAt >= to) continue;
    for (const id of prompt.completed) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return sortCounts(counts);
}

/** The pain reports made in [from, to), newest first. */
export function painReports(rows: LogRows, from: number, to: number): PainRecord[] {
  return rows.pains.filter((p) => p.at >= from && p.at < to).sort((a, b) => b.at - a.at);
}

/** Counts per stretch, most first, ties by id so the order never wobbles. */
export function sortCounts(counts: Map<string, number>): StretchCount[] {
  return [...counts]
    .map(([stretchId, count]) => ({ stretchId, count }))
    .sort((a, b) => b.count - a.count || (a.stretchId < b.stretchId ? -1 : 1));
}
