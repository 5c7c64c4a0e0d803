// Which numbers a Date can stand for, so nothing shown or written ever reads "Invalid Date" or "NaN".

/** ECMAScript dates run 8.64e15 ms (100,000,000 days) either side of 1970. */
export const maxDateMs = 8.64e15;

/** Whether `at` is a time a Date can hold: finite and inside the Date range. */
export function isValidTime(at: number): boolean {
  return Number.isFinite(at) && Math.abs(at) <= maxDateMs;
}
