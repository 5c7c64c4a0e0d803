// The per-day summaries: recomputed from the rows of each day a write touches, in the same
// transaction, so a month of figures is 30 small reads instead of a scan of every prompt.
import { type LogRows, summaries } from '../core/adherence';
import { addDays, startOfDay } from '../core/days';
import type { BoutRecord, PromptRecord } from '../core/engine-types';
import type { LogTables } from './db';

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

/**
 * Every row one day's figures depend on: its prompts, every other prompt of their bouts (a chain
 * of snoozes is counted on the day it ended), those bouts, and the bouts that overlap the day.
 */
async function rowsOfDay(tables: LogTables, dayStart: number): Promise<LogRows> {
  const dayEnd = addDays(dayStart, 1);
  const own = await tables.prompts.where('dueAt').between(dayStart, dayEnd, true, false).toArray();
  const boutIds = [...new Set(own.flatMap((p) => (p.boutId === null ? [] : [p.boutId])))];
  const [chained, overlapping, promptBouts] = await Promise.all([
    tables.prompts.where('boutId').anyOf(boutIds).toArray(),
    tables.bouts
      .where('endedAt')
      .above(dayStart)
      .filter((b) => b.startedAt < dayEnd)
      .toArray(),
    tables.bouts.bulkGet(boutIds),
  ]);
  const prompts = new Map([...own, ...chained].map((p) => [p.id, p]));
  const bouts = new Map(overlapping.map((b) => [b.id, b]));
  for (const bout of promptBouts) if (bout) bouts.set(bout.id, bout);
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
  const boutIds = [
    ...new Set([...prompts.flatMap((p) => p.boutId ?? []), ...bouts.map((b) => b.id)]),
  ];
  // A bout's earlier prompts may sit on another day, and their count can move with this write.
  const chained = await tables.prompts.where('boutId').anyOf(boutIds).toArray();
  const days = daysTouched([...prompts, ...chained], bouts);
  for (const dayStart of days) {
    const [summary] = summaries(await rowsOfDay(tables, dayStart), [
      dayStart,
      addDays(dayStart, 1),
    ]);
    if (!summary) continue;
    const empty = summary.due === 0 && summary.taken === 0 && summary.satMin === 0;
    if (empty) await tables.days.delete(summary.date);
    else await tables.days.put(summary);
  }
}

/** Recomputes every summary from all the rows: after an upgrade, a restore or a purge. */
export async function rebuildSummaries(tables: LogTables): Promise<void> {
  const [bouts, prompts] = await Promise.all([tables.bouts.toArray(), tables.prompts.toArray()]);
  await tables.days.clear();
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const p of prompts) {
    first = Math.min(first, p.dueAt);
    last = Math.max(last, p.dueAt);
  }
  for (const b of bouts) {
    first = Math.min(first, b.startedAt);
    last = Math.max(last, b.endedAt);
  }
  if (!Number.isFinite(first)) return;
  const bounds = [startOfDay(first)];
  while ((bounds.at(-1) ?? 0) <= last) bounds.push(addDays(bounds.at(-1) ?? 0, 1));
  const kept = summaries({ bouts, prompts, pains: [] }, bounds).filter(
    (s) => s.due > 0 || s.taken > 0 || s.satMin > 0,
  );
  await tables.days.bulkPut(kept);
}
