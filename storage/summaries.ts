// The per-day summaries: recomputed from the rows of each day a write touches, in the same
// transaction, so a month of figures is 30 small reads instead of a scan of every prompt.

import type { LogRows } from '../core/adherence';
import { type DaySummary, summaries } from '../core/day-summary';
import { addDays, startOfDay } from '../core/days';
import type { BoutRecord, PromptRecord } from '../core/engine-types';
import { hourMs } from '../core/time';
import type { LogTables } from './log-tables';

/** The local midnights of the days that `prompts` and `bouts` fall on or overlap. */
function daysTouched(prompts: readonly PromptRecord[], bouts: readonly BoutRecord[]): Set<number> {
  const days = new Set<number>();
  for (const prompt of prompts) days.add(startOfDay(prompt.dueAt));
  for (const bout of bouts) {
    for (let day = startOfDay(bout.startedAt); day < bout.endedAt; day = addDays(day, 1)) {
      days.add(day);
    }
  }
  return days;
}

/** The prompts of these bouts: one key lookup each, all in flight at once (getAll is fast). */
async function promptsOfBouts(
  tables: LogTables,
  boutIds: Iterable<string>,
): Promise<PromptRecord[]> {
  const lists = await Promise.all(
    [...new Set(boutIds)].map((id) => tables.prompts.where('boutId').equals(id).toArray()),
  );
  return lists.flat();
}

/**
 * A prompt can settle a little after its bout's recorded end (an idle break is back-dated to when
 * the user went quiet), so a bout ending this close to midnight may have a prompt the next day.
 */
const slackMs = hourMs;

/**
 * Every row one day's figures depend on: its prompts, the bouts that overlap it, and every other
 * prompt of its prompts' bouts (a chain of snoozes is counted on the day it ended). Only a bout
 * that crosses midnight, or one not logged yet, can have prompts on another day, so only those
 * are looked up: the usual write costs a few reads however long the log is.
 */
async function rowsOfDay(tables: LogTables, dayStart: number): Promise<LogRows> {
  const dayEnd = addDays(dayStart, 1);
  const [own, endingLater] = await Promise.all([
    tables.prompts.where('dueAt').between(dayStart, dayEnd, true, false).toArray(),
    tables.bouts.where('endedAt').above(dayStart).toArray(),
  ]);
  const bouts = new Map(endingLater.filter((b) => b.startedAt < dayEnd).map((b) => [b.id, b]));
  const boutIds = new Set(own.flatMap((p) => (p.boutId === null ? [] : [p.boutId])));
  const unknown = [...boutIds].filter((id) => !bouts.has(id));
  const crossing = [...boutIds].filter((id) => {
    const bout = bouts.get(id);
    return bout !== undefined && (bout.startedAt < dayStart || bout.endedAt > dayEnd - slackMs);
  });
  const [chained, found] = await Promise.all([
    promptsOfBouts(tables, [...unknown, ...crossing]),
    tables.bouts.bulkGet(unknown),
  ]);
  for (const bout of found) if (bout) bouts.set(bout.id, bout);
  const prompts = new Map([...own, ...chained].map((p) => [p.id, p]));
  return { prompts: [...prompts.values()], bouts: [...bouts.values()], pains: [] };
}

/**
 * Brings the summaries of every day these rows affect up to date. Call it inside the transaction
 * that wrote them, after the writes: it reads the rows back.
 */
export async function refreshSummaries(
  tables: LogTables,
  prompts: readonly PromptRecord[],
  bouts: readonly BoutRecord[],
): Promise<void> {
  // A bout's earlier prompts may sit on another day, and their count can move with this write.
  const chained = await promptsOfBouts(tables, [
    ...prompts.flatMap((p) => p.boutId ?? []),
    ...bouts.map((b) => b.id),
  ]);
  await refreshDays(tables, daysTouched([...prompts, ...chained], bouts));
}

/** Recomputes the summaries of these days (local midnights) from their rows. */
export async function refreshDays(tables: LogTables, days: Iterable<number>): Promise<void> {
  await Promise.all(
    [...days].map(async (dayStart) => {
      const rows = await rowsOfDay(tables, dayStart);
      const [summary] = summaries(rows, [dayStart, addDays(dayStart, 1)]);
      if (!summary) return;
      if (isEmpty(summary)) await tables.days.delete(summary.date);
      else await tables.days.put(summary);
    }),
  );
}

/** A day with nothing to show is not kept: the readers take a missing day as an empty one. */
function isEmpty(summary: DaySummary): boolean {
  return summary.due === 0 && summary.taken === 0 && summary.satMin === 0;
}

/**
 * Recomputes every summary from all the rows: after an upgrade or a restore. Only the days that
 * have rows get one, so the work follows the number of rows, never the span between the first and
 * the last (a log of two days ten years apart is two summaries, not 3,650).
 */
export async function rebuildSummaries(tables: LogTables): Promise<void> {
  const [bouts, prompts] = await Promise.all([tables.bouts.toArray(), tables.prompts.toArray()]);
  await tables.days.clear();
  const days = [...daysTouched(prompts, bouts)].sort((a, b) => a - b);
  // Each day with rows and the midnight that ends it. Between two days apart, that leaves one
  // interval from the end of the first to the start of the next: no row falls in it, and its
  // summary is dropped.
  const bounds: number[] = [];
  for (const day of days) {
    if (bounds.at(-1) !== day) bounds.push(day);
    bounds.push(addDays(day, 1));
  }
  const wanted = new Set(days);
  const kept = summaries({ bouts, prompts, pains: [] }, bounds).filter(
    (summary, i) => wanted.has(bounds[i] ?? Number.NaN) && !isEmpty(summary),
  );
  await tables.days.bulkPut(kept);
}
