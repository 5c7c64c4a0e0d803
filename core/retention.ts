// Retention, pure: where a retention period cuts the log, and which changes of period delete.
import { addDays } from './days';
import type { RetentionDays } from './settings';

/** The local midnight that starts the oldest day `days` of retention keep; null keeps everything. */
export function retentionCutoff(days: RetentionDays, now: number): number | null {
  return days === 0 ? null : addDays(now, -days);
}

/** Whether going from `current` to `next` keeps less (0, "forever", is the longest of all). */
export function keepsLess(next: RetentionDays, current: RetentionDays): boolean {
  if (next === 0) return false;
  return current === 0 || next < current;
}
