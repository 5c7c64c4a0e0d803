// Time sat per interval of the day bounds, each bout clipped at midnight.

import { intervalOf } from './days';
import type { BoutRecord } from './engine-types';

export interface Sitting {
  satMs: number;
  longestMs: number;
}

/** Time sat per interval, each bout clipped to the intervals it overlaps (split at midnight). */
export function sitting(
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
