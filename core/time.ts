// Lengths of time in milliseconds, the engine's unit: one home, so no file keeps its own copy.
export const secondMs = 1000;
export const minuteMs = 60 * secondMs;
export const hourMs = 60 * minuteMs;
/** A day of 24 hours; calendar days (which DST can stretch) come from core/days.ts. */
export const dayMs = 24 * hourMs;

/** Whole minutes since `startedAt` (0 with none, never negative): a bout's minutes, as shown. */
export function minutesSince(startedAt: number | null, now: number): number {
  return startedAt === null ? 0 : Math.max(0, Math.floor((now - startedAt) / minuteMs));
}
