// The largest backup the checks accept, made as costly to restore as the rules allow: as many rows
// as allowed, 64-character ids, every stretch offered and done, and bouts of 23 hours that cross
// midnight, spread from 2000 to now. Pure data, for the bench (in Chromium) and a unit test.
import { type Backup, backupFormat, backupVersion } from '../../../core/backup';
import { earliestMs, maxRows } from '../../../core/backup-checks';
import type {
  BoutRecord,
  PainRecord,
  PromptOutcome,
  PromptRecord,
} from '../../../core/engine-types';
import { defaultSettings } from '../../../core/settings';
import { stretches } from '../../../core/stretches';

const hour = 60 * 60_000;
const outcomes: PromptOutcome[] = [
  'done',
  'partial',
  'hurt',
  'snoozed',
  'skipped',
  'missed',
  'away',
];
const long = (id: string) => id.padEnd(64, '-');

/** `rows` rows at most: 2n bouts, 2n prompts, n pain reports and one plan. */
export function largestBackup(now: number, rows = maxRows): Backup {
  const n = Math.floor((rows - 1) / 5);
  const first = earliestMs + 24 * hour;
  const step = (now - 24 * hour - first) / (2 * n);
  const ids = stretches.map((s) => s.id);
  const bouts: BoutRecord[] = [];
  const prompts: PromptRecord[] = [];
  const pains: PainRecord[] = [];
  for (let i = 0; i < 2 * n; i++) {
    const startedAt = Math.round(first + i * step);
    const boutId = long(`b${i}`);
    bouts.push({ id: boutId, startedAt, endedAt: startedAt + 23 * hour, end: 'break' });
    const outcome = outcomes[i % outcomes.length] ?? 'done';
    const dueAt = startedAt + hour;
    const prompt: PromptRecord = {
      id: long(`p${i}`),
      boutId,
      trigger: 'limit',
      dueAt,
      shownAt: dueAt,
      settledAt: dueAt + 60_000,
      outcome,
      snoozesBefore: 0,
      offered: ids,
      completed: outcome === 'done' ? ids : [],
    };
    prompts.push(prompt);
    if (i % 2 === 0) {
      pains.push({
        id: long(`h${i}`),
        at: dueAt + 30_000,
        stretchId: ids[i % ids.length] ?? '',
        promptId: prompt.id,
      });
    }
  }
  return {
    format: backupFormat,
    version: backupVersion,
    exportedAt: now,
    settings: defaultSettings,
    bouts,
    prompts,
    pains,
    painChecks: [],
    plans: [{ id: long('plan'), at: first, settings: defaultSettings, carePlan: null }],
  };
}
