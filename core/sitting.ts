// The sitting-bout engine: step(state, event, settings) -> { state, effects }, with no clock of its own.
import { badgeFor } from './badge';
import type { Effect, EngineEvent, EngineState } from './engine-types';
import { nextScheduleChange, pauseEnd } from './schedule';
import type { Settings } from './settings';
import {
  endBout,
  finishRoutine,
  fullscreenCapMs,
  minuteMs,
  raisePrompt,
  reconcile,
  routineGraceMs,
  setPresence,
  settlePrompt,
  somethingEndsOnBreak,
  startRoutine,
  takeBreak,
  unansweredMs,
} from './sitting-rules';

interface Deadline {
  at: number;
  run: (s: EngineState, at: number) => void;
}

/**
 * Brings the state up to `event.at`, applies the event, and says what the browser must do.
 * Times before the last event mean the clock went back; long silences mean sleep or a closed
 * browser. Both are handled here, so the caller only stamps events with the wall clock.
 */
export function step(
  prev: EngineState,
  event: EngineEvent,
  settings: Settings,
): { state: EngineState; effects: Effect[] } {
  const s = structuredClone(prev);
  const at = event.at;
  if (at < s.lastSeenAt) shiftTimes(s, at - s.lastSeenAt);
  const before = event.type === 'settingsChanged' ? event.previous : settings;
  noticeSilence(s, before, at);
  advance(s, before, s.lastSeenAt, at);
  applyEvent(s, event, settings);
  advance(s, settings, at, at);
  s.lastSeenAt = at;
  return { state: s, effects: effectsOf(prev, s, event, settings) };
}

/** When the engine must next look at the time, or null when only a user event can change anything. */
export function nextWake(s: EngineState, settings: Settings, at: number): number | null {
  const times = deadlines(s, settings, at).map((d) => d.at);
  // A minute beat while someone sits or stands keeps the badge fresh and proves we were awake.
  if (s.bout)
    times.push(s.bout.startedAt + (Math.floor((at - s.bout.startedAt) / minuteMs) + 1) * minuteMs);
  else if (s.standing) times.push(at + minuteMs);
  const future = times.filter((t) => t > at);
  return future.length > 0 ? Math.min(...future) : null;
}

function applyEvent(s: EngineState, event: EngineEvent, settings: Settings): void {
  const at = event.at;
  switch (event.type) {
    case 'start':
    case 'tick':
      s.fullscreen = event.fullscreen;
      setPresence(s, event.presence, settings, at);
      return;
    case 'presence':
      setPresence(s, event.presence, settings, at);
      return;
    case 'settingsChanged':
      reconcile(s, settings, at);
      return;
    case 'routineOffered':
      if (s.prompt?.id === event.promptId) s.prompt.offered = event.stretches;
      return;
    case 'routineStarted':
      startRoutine(s, at);
      break;
    case 'routineFinished':
      finishRoutine(s, event, settings);
      return;
    case 'snooze':
      if (
        isCurrentPrompt(s, event.promptId) &&
        s.prompt?.trigger === 'limit' &&
        s.snoozesInRow < settings.maxSnoozes
      ) {
        settlePrompt(s, 'snoozed', at);
        s.snoozesInRow += 1;
        s.snoozedUntil = at + settings.snoozeMin * minuteMs;
      }
      break;
    case 'skip':
      if (isCurrentPrompt(s, event.promptId)) {
        // Leaving a routine started by hand changes nothing about when the next break is due.
        const manual = s.prompt?.trigger === 'manual';
        settlePrompt(s, 'skipped', at);
        if (!manual) {
          s.snoozesInRow = 0;
          s.dueBase = at;
        }
      }
      break;
    case 'pause':
      settlePrompt(s, 'skipped', at);
      endBout(s, at, 'pause');
      s.snoozesInRow = 0;
      s.paused = { until: pauseEnd(event.kind, at) };
      break;
    case 'resume':
      s.paused = null;
      break;
    case 'standing':
      if (event.on) {
        settlePrompt(s, 'away', at);
        endBout(s, at, 'standing');
        s.snoozesInRow = 0;
      }
      s.standing = event.on;
      break;
  }
  // Every command comes from a click or a key press: the user is here.
  setPresence(s, 'active', settings, at);
}

function isCurrentPrompt(s: EngineState, promptId: string | undefined): boolean {
  return s.prompt !== null && (promptId === undefined || promptId === s.prompt.id);
}

/** A silence of a break's length while a minute beat was due means the machine slept. */
function noticeSilence(s: EngineState, settings: Settings, at: number): void {
  const beating = s.bout !== null || s.standing;
  if (beating && s.presence === 'active' && at - s.lastSeenAt >= settings.breakMin * minuteMs) {
    s.presence = 'idle';
    s.inactiveSince = s.lastSeenAt;
  }
}

/** Runs every deadline that falls in (from, until], in time order, each at its own time. */
function advance(s: EngineState, settings: Settings, from: number, until: number): void {
  let cursor = from;
  for (let guard = 0; guard < 10_000; guard++) {
    const [next] = deadlines(s, settings, cursor).sort((a, b) => a.at - b.at);
    if (!next || next.at > until) return;
    cursor = Math.max(next.at, cursor);
    next.run(s, cursor);
  }
}

function deadlines(s: EngineState, settings: Settings, from: number): Deadline[] {
  const found: Deadline[] = [];
  const since = s.inactiveSince;
  // Someone in the middle of a routine is busy, not away, for a while.
  const busyUntil = (s.prompt?.routineStartedAt ?? Number.NEGATIVE_INFINITY) + routineGraceMs;
  if (s.presence !== 'active' && since !== null && somethingEndsOnBreak(s)) {
    const breakAt = Math.max(since + settings.breakMin * minuteMs, busyUntil);
    found.push({ at: breakAt, run: (d) => takeBreak(d, since) });
  }
  if (s.bout && !s.prompt && s.dueBase !== null) {
    const due = s.snoozedUntil ?? s.dueBase + settings.sittingLimitMin * minuteMs;
    found.push({ at: due, run: (d, at) => raisePrompt(d, settings, at) });
  }
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
  const change = nextScheduleChange(from, settings.schedule);
  if (change !== null) found.push({ at: change, run: (d, at) => reconcile(d, settings, at) });
  return found;
}

/** The clock went back: move every stored time with it, so no duration turns negative. */
function shiftTimes(s: EngineState, deltaMs: number): void {
  const move = (t: number) => t + deltaMs;
  s.lastSeenAt = move(s.lastSeenAt);
  if (s.inactiveSince !== null) s.inactiveSince = move(s.inactiveSince);
  if (s.bout) s.bout.startedAt = move(s.bout.startedAt);
  if (s.dueBase !== null) s.dueBase = move(s.dueBase);
  if (s.snoozedUntil !== null) s.snoozedUntil = move(s.snoozedUntil);
  if (s.prompt) {
    s.prompt.dueAt = move(s.prompt.dueAt);
    if (s.prompt.shownAt !== null) s.prompt.shownAt = move(s.prompt.shownAt);
    if (s.prompt.routineStartedAt !== null) {
      s.prompt.routineStartedAt = move(s.prompt.routineStartedAt);
    }
  }
  if (s.paused?.until != null) s.paused.until = move(s.paused.until);
}

/** The prompt the browser should be showing: routines started by hand are already on screen. */
function visiblePrompt(s: EngineState): string | null {
  const p = s.prompt;
  return p && p.trigger === 'limit' && p.shownAt !== null ? p.id : null;
}

function effectsOf(
  prev: EngineState,
  s: EngineState,
  event: EngineEvent,
  settings: Settings,
): Effect[] {
  const effects: Effect[] = [];
  const was = visiblePrompt(prev);
  const now = visiblePrompt(s);
  const delivery = settings.delivery;
  const snoozeMin = s.snoozesInRow < settings.maxSnoozes ? settings.snoozeMin : null;
  const leaveRoutineOpen = prev.prompt?.routineStartedAt != null;
  if (event.type === 'start') {
    // A new background cannot know what the old one left on screen: say it all again.
    effects.push(
      now
        ? { type: 'showPrompt', promptId: now, delivery, snoozeMin }
        : { type: 'closePrompt', promptId: null, leaveRoutineOpen: false },
    );
  } else {
    if (was && was !== now) effects.push({ type: 'closePrompt', promptId: was, leaveRoutineOpen });
    if (now && now !== was)
      effects.push({ type: 'showPrompt', promptId: now, delivery, snoozeMin });
  }
  effects.push({ type: 'badge', badge: badgeFor(s, settings, event.at) });
  effects.push({ type: 'alarm', at: nextWake(s, settings, event.at) });
  return effects;
}
