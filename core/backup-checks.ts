// What a backup's rows must say to be believed: times a log could hold, bouts that make sense,
// references that lead somewhere and stretches the catalogue knows. The shapes are in backup-rows.

import type { BoutRecord, PainCheckRecord, PainRecord, PromptRecord } from './engine-types';
import { stretches } from './stretches';
import { dayMs } from './time';

/**
 * No log is older than 2000-01-01 00:00 UTC. UTC rather than local midnight, so whether a file is
 * accepted never depends on the time zone of the browser that reads it.
 */
export const earliestMs = Date.UTC(2000, 0, 1);

/** A time later than one day after now comes from a clock far off, or from a changed file. */
export const aheadMs = dayMs;

/** The engine ends every bout by the end of the working day; a day is the most one can last. */
export const maxBoutMs = dayMs;

/**
 * The most rows (bouts, prompts, pains, pain checks and plans together) a backup may hold: 200,000 is the log
 * of 100,000 prompts the adherence bench measures (about 14 years at 20 prompts and 20 bouts a
 * day). Restoring that many took about two minutes in headless Chromium on the project's 2-core
 * machine (`npm run bench`), nearly all of it IndexedDB writing the rows themselves.
 */
export const maxRows = 200_000;

const knownStretches: ReadonlySet<string> = new Set(stretches.map((s) => s.id));

export interface Refusal {
  error: string;
  params: (string | number)[];
}

export interface CheckedRows {
  exportedAt: number;
  bouts: readonly BoutRecord[];
  prompts: readonly PromptRecord[];
  pains: readonly PainRecord[];
  painChecks: readonly PainCheckRecord[];
  plans: readonly { at: number }[];
}

/** The first thing wrong with the rows, or null; rows count from 1, as a person reading would. */
export function checkRows(rows: CheckedRows, now: number): Refusal | null {
  const inRange = (at: number) => at >= earliestMs && at <= now + aheadMs;
  if (!inRange(rows.exportedAt)) return { error: 'backupErrExportedAt', params: [] };
  const boutIds = new Set<string>();
  for (const [i, bout] of rows.bouts.entries()) {
    const row = i + 1;
    if (!inRange(bout.startedAt) || !inRange(bout.endedAt)) return refuse('backupErrBoutTime', row);
    if (bout.endedAt <= bout.startedAt) return refuse('backupErrBoutOrder', row);
    if (bout.endedAt - bout.startedAt > maxBoutMs) return refuse('backupErrBoutTooLong', row);
    boutIds.add(bout.id);
  }
  const promptIds = new Set<string>();
  for (const [i, prompt] of rows.prompts.entries()) {
    const row = i + 1;
    const times = [prompt.dueAt, prompt.settledAt, prompt.shownAt ?? prompt.dueAt];
    if (!times.every(inRange)) return refuse('backupErrPromptTime', row);
    const { boutId } = prompt;
    if (boutId !== null && !boutIds.has(boutId) && !mayBeRunning(prompt, rows.exportedAt)) {
      return refuse('backupErrPromptBout', row, boutId);
    }
    const unknown = [...prompt.offered, ...prompt.completed].find((id) => !knownStretches.has(id));
    if (unknown !== undefined) return refuse('backupErrPromptStretch', row, unknown);
    promptIds.add(prompt.id);
  }
  for (const [i, pain] of rows.pains.entries()) {
    const row = i + 1;
    if (!inRange(pain.at)) return refuse('backupErrPainTime', row);
    if (!knownStretches.has(pain.stretchId)) {
      return refuse('backupErrPainStretch', row, pain.stretchId);
    }
    if (!promptIds.has(pain.promptId)) return refuse('backupErrPainPrompt', row, pain.promptId);
  }
  for (const [i, check] of rows.painChecks.entries()) {
    if (!inRange(check.at)) return refuse('backupErrPainCheckTime', i + 1);
  }
  for (const [i, plan] of rows.plans.entries()) {
    if (!inRange(plan.at)) return refuse('backupErrPlanTime', i + 1);
  }
  return null;
}

/**
 * The log holds a bout once it has ended, but its prompts as soon as they are settled: a backup
 * saved mid-bout (after a snooze or a skip) names a bout it cannot hold yet. That is only possible
 * for a prompt due in the last bout's length before the backup was saved.
 */
function mayBeRunning(prompt: PromptRecord, exportedAt: number): boolean {
  return prompt.dueAt >= exportedAt - maxBoutMs && prompt.dueAt <= exportedAt;
}

function refuse(error: string, ...params: (string | number)[]): Refusal {
  return { error, params };
}
