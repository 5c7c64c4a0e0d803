// The engine's clock work: every deadline the state holds (a break, working hours, a due prompt,
// a prompt unanswered, a pause ending), and advance(), which runs those that have come, in order.
import type { EngineState } from './engine-types';
import { nextScheduleChange } from './schedule';
import type { Settings } from './settings';
import {
  breakDueAt,
  fullscreenCapMs,
  raisePrompt,
  reconcile,
  routineGraceMs,
  settlePrompt,
  somethingEndsOnBreak,
  takeBreak,
  unansweredMs,
} from './sitting-rules';
import { minuteMs } from './time';

export interface Deadline {
  at: number;
  /** Working hours starting or ending: advance() keeps its own cursor for these. */
  schedule?: true;
  run: (s: EngineState, at: number) => void;
}

/**
 * Runs every deadline that falls in (from, until], in time order, each at its own time. Working
 * hours keep their own cursor: a change of working hours that falls on the same instant as another
 * deadline must still run after it, not be looked for strictly after that instant and skipped.
 */
export function advance(s: EngineState, settings: Settings, from: number, until: number): void {
  let cursor = from;
  let scheduleCursor = from;
  for (let guard = 0; guard < 10_000; guard++) {
    const [next] = deadlines(s, settings, cursor, scheduleCursor).sort((a, b) => a.at - b.at);
    if (!next || next.at > until) return;
    cursor = Math.max(next.at, cursor);
    if (next.schedule) scheduleCursor = cursor;
    next.run(s, cursor);
  }
}

/**
 * What is due to happen after `from`, in the order to run those that fall on one instant (the sort
 * is stable): a break first, as it ends the bout when the user left; then working hours, so no
 * prompt is raised at the very minute the day ends.
 */
export function deadlines(
  s: EngineState,
  settings: Settings,
  from: number,
  scheduleFrom: number,
): Deadline[] {
  const found: Deadline[] = [];
  const since = s.inactiveSince;
  // Someone in the middle of a routine is busy, not away, for a while.
  const busyUntil = (s.prompt?.routineStartedAt ?? Number.NEGATIVE_INFINITY) + routineGraceMs;
  if (s.presence !== 'active' && since !== null && somethingEndsOnBreak(s)) {
    const breakAt = Math.max(since + settings.breakMin * minuteMs, busyUntil);
    found.push({ at: breakAt, run: (d) => takeBreak(d, since) });
  }
  // Away with nothing open, working hours starting or ending change nothing (reconcile has no bout
  // to end, none to start and no owed break to drop), so they wake nobody: the user's return does.
  const nothingOpen = s.presence !== 'active' && !s.bout && !s.prompt && s.owedSince === null;
  const change = nothingOpen ? null : nextScheduleChange(scheduleFrom, settings.schedule);
  if (change !== null) {
    found.push({ at: change, schedule: true, run: (d, at) => reconcile(d, settings, at) });
  }
  const due = s.prompt ? null : breakDueAt(s, settings);
  if (due !== null) found.push({ at: due, run: (d, at) => raisePrompt(d, settings, at) });
  const prompt = s.prompt;
  if (prompt && prompt.shownAt === null) {
    const waiting = s.fullscreen && settings.deferWhileFullscreen;
    found.push({
      at: waiting ? prompt.dueAt + fullscreenCapMs : from,
      run: (d, at) => {
        if (d.prompt) d.prompt.shownAt = at;
      },
    });
  }
  if (prompt && prompt.shownAt !== null && (s.presence === 'active' || busyUntil > from)) {
    found.push({
      at: Math.max(prompt.shownAt + unansweredMs, busyUntil),
      run: (d, at) => {
        settlePrompt(d, 'missed', at);
        d.snoozedUntil = at + settings.snoozeMin * minuteMs;
      },
    });
  }
  const pausedUntil = s.paused?.until ?? null;
  if (pausedUntil !== null) {
    found.push({
      at: pausedUntil,
      run: (d, at) => {
        d.paused = null;
        reconcile(d, settings, at);
      },
    });
  }
  return found;
}
