// The sitting-bout engine: step(state, event, settings) -> { state, effects }, with no clock of its own.
import { advance, deadlines } from './deadlines';
import type { AnswerVerdict, Effect, EngineEvent, EngineState } from './engine-types';
import { finishPrompt } from './finish-prompt';
import { checkPain } from './pain-check';
import { idleSince, markInactive, setPresence } from './presence';
import { pauseEnd } from './schedule';
import type { Settings } from './settings';
import { noticeSilence, shiftTimes } from './silence';
import {
  answersPending,
  beatMs,
  endBout,
  reconcile,
  settlePrompt,
  startRoutine,
} from './sitting-rules';
import { effectsOf } from './step-effects';
import { minuteMs } from './time';

/** What one step gives back; `answer` is set for events that answer a prompt. */
export interface StepResult {
  state: EngineState;
  effects: Effect[];
  answer: AnswerVerdict | null;
}

/**
 * Brings the state up to `event.at`, applies the event, and says what the browser must do.
 * Times before the last event mean the clock went back; long silences mean sleep or a closed
 * browser. Both are handled here, so the caller only stamps events with the wall clock.
 */
export function step(prev: EngineState, event: EngineEvent, settings: Settings): StepResult {
  const s = structuredClone(prev);
  const at = event.at;
  if (at < s.lastSeenAt) shiftTimes(s, at - s.lastSeenAt);
  const before = event.type === 'settingsChanged' ? event.previous : settings;
  // The alarm the last step asked for: until then the engine was waiting, not missing anything.
  noticeSilence(s, before, at, nextWake(s, before, s.lastSeenAt) ?? s.lastSeenAt);
  catchUp(s, before, event);
  const answer = applyEvent(s, event, settings);
  advance(s, settings, at, at);
  s.lastSeenAt = at;
  return {
    state: s,
    effects: effectsOf(prev, s, event, settings, nextWake(s, settings, at)),
    answer,
  };
}

/**
 * Runs the deadlines since the last event. The engine does not see the desk between beats, so
 * those deadlines (usually the one this tick's alarm woke it for) run with the careful guess: a
 * fullscreen window at either look holds a prompt due now back, and a user a tick finds idle left
 * when the idle API says, so a pause ending after that starts no bout for them. A user found
 * locked, or back, counts from now: applyEvent does that.
 */
function catchUp(s: EngineState, settings: Settings, event: EngineEvent): void {
  const at = event.at;
  const looked = event.type === 'tick' || event.type === 'start' ? event : null;
  if (looked?.fullscreen) s.fullscreen = true;
  if (looked?.presence === 'idle' && s.presence === 'active') {
    const left = idleSince(s, settings, at);
    const split = Math.max(s.lastSeenAt, left);
    advance(s, settings, s.lastSeenAt, split);
    markInactive(s, 'idle', left);
    advance(s, settings, split, at);
  } else advance(s, settings, s.lastSeenAt, at);
}

/** When the engine must next look at the time, or null when only a user event can change anything. */
export function nextWake(s: EngineState, settings: Settings, at: number): number | null {
  const times = deadlines(s, settings, at, at).map((d) => d.at);
  // The beat while someone sits or stands steps the badge and proves the machine was awake; so
  // does one while a pause holds a break put off, which must not mistake the pause for a silence.
  // Away, paused with nothing owed, or outside working hours, only a deadline or an event wakes it.
  // A prompt held back by a fullscreen window is looked at each minute instead: only the beat's
  // tick sees the window leave fullscreen, and the prompt should follow it closely.
  const held = s.prompt?.shownAt === null && s.fullscreen && settings.deferWhileFullscreen;
  if (held) times.push(at + minuteMs);
  if (s.bout)
    times.push(s.bout.startedAt + (Math.floor((at - s.bout.startedAt) / beatMs) + 1) * beatMs);
  else if (s.standing || s.owedSince !== null) times.push(at + beatMs);
  const future = times.filter((t) => t > at);
  return future.length > 0 ? Math.min(...future) : null;
}

/** Applies one event to the draft; for an answer, says whether it was taken or stale. */
function applyEvent(s: EngineState, event: EngineEvent, settings: Settings): AnswerVerdict | null {
  const at = event.at;
  switch (event.type) {
    case 'start':
    case 'tick':
      s.fullscreen = event.fullscreen;
      setPresence(s, event.presence, settings, at);
      return null;
    case 'presence':
      setPresence(s, event.presence, settings, at);
      return null;
    case 'settingsChanged':
      reconcile(s, settings, at);
      return null;
    case 'routineOffered':
      if (s.prompt?.id === event.promptId) s.prompt.offered = event.stretches;
      return null;
    case 'painCheck':
      return checkPain(s, event.score, at);
    case 'routineProgress':
      if (!answersPending(s, event.promptId)) return 'stale';
      if (s.prompt) s.prompt.progress = event.progress;
      return 'recorded';
    case 'routineFinished':
    case 'tookBreak':
      if (!answersPending(s, event.promptId)) return 'stale';
      finishPrompt(s, event, settings);
      return 'recorded';
    case 'routineAbandoned':
      // Closed before Start: the prompt is still waiting for an answer.
      if (!answersPending(s, event.promptId) || s.prompt?.routineStartedAt == null) return 'stale';
      finishPrompt(s, event, settings);
      return 'recorded';
    case 'routineStarted':
    case 'snooze':
    case 'skip': {
      // An answer first: a routine done away from the keys must not be taken for a break first.
      const answer = applyCommand(s, event, settings);
      // Every command comes from a click or a key press: the user is here.
      setPresence(s, 'active', settings, at);
      s.clickedAt = at;
      return answer;
    }
    case 'pause':
    case 'resume':
    case 'standing':
      // The user is back before they choose: a break taken while they were away comes first, so it
      // cannot undo what they choose now (standing, or a break that a pause puts off).
      setPresence(s, 'active', settings, at);
      s.clickedAt = at;
      applyCommand(s, event, settings);
      reconcile(s, settings, at);
      return null;
  }
}

type Command = Extract<
  EngineEvent,
  { type: 'routineStarted' | 'snooze' | 'skip' | 'pause' | 'resume' | 'standing' }
>;

function applyCommand(s: EngineState, event: Command, settings: Settings): AnswerVerdict | null {
  const at = event.at;
  switch (event.type) {
    case 'routineStarted':
      return startRoutine(s, event.promptId, at) ? 'recorded' : 'stale';
    case 'snooze':
      if (
        !answersPending(s, event.promptId) ||
        s.prompt?.trigger !== 'limit' ||
        s.snoozesInRow >= settings.maxSnoozes
      ) {
        return 'stale';
      }
      settlePrompt(s, 'snoozed', at);
      s.snoozesInRow += 1;
      s.snoozedUntil = at + settings.snoozeMin * minuteMs;
      return 'recorded';
    case 'skip': {
      if (!answersPending(s, event.promptId)) return 'stale';
      // Leaving a routine started by hand changes nothing about when the next break is due.
      const manual = s.prompt?.trigger === 'manual';
      settlePrompt(s, 'skipped', at);
      if (!manual) {
        s.snoozesInRow = 0;
        s.dueBase = at;
      }
      return 'recorded';
    }
    case 'pause':
      // A due break is put off, not refused: it comes again if sitting resumes after the pause.
      if (s.prompt?.trigger === 'limit') {
        s.owedSince ??= s.prompt.dueAt;
        settlePrompt(s, 'paused', at);
      } else settlePrompt(s, 'skipped', at);
      endBout(s, at, 'pause');
      s.snoozesInRow = 0;
      s.paused = { until: pauseEnd(event.kind, at) };
      return null;
    case 'resume':
      s.paused = null;
      return null;
    case 'standing':
      if (event.on) {
        settlePrompt(s, 'away', at);
        endBout(s, at, 'standing');
        s.snoozesInRow = 0;
        s.owedSince = null;
      }
      s.standing = event.on;
      return null;
  }
}
