// What the browser must do after a step: show or close the prompt, the badge, the next alarm.
import { badgeFor } from './badge';
import type { Effect, EngineEvent, EngineState } from './engine-types';
import type { Settings } from './settings';

/** The prompt the browser should be showing: routines started by hand are already on screen. */
function visiblePrompt(s: EngineState): string | null {
  const p = s.prompt;
  return p && p.trigger === 'limit' && p.shownAt !== null ? p.id : null;
}

export function effectsOf(
  prev: EngineState,
  s: EngineState,
  event: EngineEvent,
  settings: Settings,
  /** When the engine next needs an alarm (sitting.nextWake). */
  wake: number | null,
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
  effects.push({ type: 'alarm', at: wake });
  return effects;
}
