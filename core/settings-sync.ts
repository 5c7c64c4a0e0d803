// The sync rule, pure: which of two stamped copies of the settings every browser keeps.
//
// The copy saved last wins, whole. Two copies stamped at the same millisecond are ordered by their
// content, so every browser picks the same one and they converge instead of each keeping its own.
// A stamp more than a day ahead of this browser's clock is not believed: such a copy (from a
// browser whose clock is wrong, or a damaged value) would otherwise outrank every real save.

import type { Settings } from './settings';
import { dayMs } from './time';

/** Settings and when they were saved (ms since the epoch; 0 for never stamped). */
export interface StampedSettings {
  settings: Settings;
  updatedAt: number;
}

/** How far ahead of this browser's clock a stamp may be and still count as a real save time. */
export const syncClockSlackMs = dayMs;

/**
 * What to do with the synced copy: 'adopt' it here, 'share' ours (it should replace the synced
 * one, so the other browsers converge on it too), or nothing when they are the 'same'.
 */
export type SyncVerdict = 'adopt' | 'share' | 'same';

export function reconcileSettings(
  ours: StampedSettings,
  theirs: StampedSettings | null,
  now: number,
): SyncVerdict {
  if (theirs === null) return 'share';
  const order = compareCopies(theirs, ours, now);
  return order > 0 ? 'adopt' : order < 0 ? 'share' : 'same';
}

/** Positive when `a` should win over `b`, negative when `b` should, 0 when they are the same. */
export function compareCopies(a: StampedSettings, b: StampedSettings, now: number): number {
  const believedA = believable(a.updatedAt, now);
  const believedB = believable(b.updatedAt, now);
  if (believedA !== believedB) return believedA ? 1 : -1;
  if (a.updatedAt !== b.updatedAt) return a.updatedAt > b.updatedAt ? 1 : -1;
  const keyA = contentKey(a.settings);
  const keyB = contentKey(b.settings);
  return keyA === keyB ? 0 : keyA > keyB ? 1 : -1;
}

/**
 * The stamp for a save at `now` replacing a copy stamped `previous`: never older than it (a copy
 * adopted from a browser whose clock runs a little ahead must not outrank the user's latest
 * change), unless that stamp is not believable, which a real save must not inherit.
 */
export function stampForSave(previous: number, now: number): number {
  return believable(previous, now) ? Math.max(now, previous + 1) : now;
}

function believable(updatedAt: number, now: number): boolean {
  return updatedAt <= now + syncClockSlackMs;
}

/**
 * The settings as JSON with every object's keys sorted: the same settings give the same string
 * in every browser and every Hip Check version, whatever order their fields were written in.
 */
export function contentKey(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    typeof item === 'object' && item !== null && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)))
      : item,
  );
}
