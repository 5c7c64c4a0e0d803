// What the toolbar shows and what the popup calls the current situation, derived from the state.

import type { Badge, EngineState, Status } from './engine-types';
import { isWorkingTime } from './schedule';
import type { Settings } from './settings';
import { beatMs } from './sitting-rules';
import { minuteMs, minutesSince } from './time';

export const badgeColors = {
  fresh: '#2e7d32',
  halfway: '#8a6d00',
  nearly: '#c2410c',
  due: '#b91c1c',
  quiet: '#5f6368',
  standing: '#1565c0',
} as const;

export function status(s: EngineState, settings: Settings, at: number): Status {
  if (s.paused) return 'paused';
  if (s.standing) return 'standing';
  if (!isWorkingTime(at, settings.schedule)) return 'offHours';
  if (s.prompt) return 'due';
  return s.bout ? 'sitting' : 'away';
}

/** Whole minutes of the current bout, never negative. */
export function boutMinutes(s: EngineState, at: number): number {
  return minutesSince(s.bout?.startedAt ?? null, at);
}

/**
 * The bout's minutes in whole beats (0, 5, 10…): the badge is painted once a beat, so it says what
 * is surely true until the next one rather than a minute that goes stale.
 */
export function badgeMinutes(s: EngineState, at: number): number {
  const beatMin = beatMs / minuteMs;
  return Math.floor(boutMinutes(s, at) / beatMin) * beatMin;
}

export function badgeFor(s: EngineState, settings: Settings, at: number): Badge {
  switch (status(s, settings, at)) {
    case 'paused':
      return { text: 'II', color: badgeColors.quiet };
    case 'standing':
      return { text: 'UP', color: badgeColors.standing };
    case 'due':
      return { text: `${badgeMinutes(s, at)}!`, color: badgeColors.due };
    case 'sitting': {
      const minutes = badgeMinutes(s, at);
      const share = minutes / settings.sittingLimitMin;
      const color =
        share < 0.5 ? badgeColors.fresh : share < 0.8 ? badgeColors.halfway : badgeColors.nearly;
      return { text: String(minutes), color };
    }
    default:
      return { text: '', color: badgeColors.quiet };
  }
}
