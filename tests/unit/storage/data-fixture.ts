// Log rows for the data tests (backup, restore, erase, retention), and a full dump to compare.
import type { Backup } from '../../../core/backup';
import type { PromptRecord } from '../../../core/engine-types';
import { defaultSettings } from '../../../core/settings';
import type { LogDb } from '../../../storage/db';
import { at, min } from '../core/drive';

export function prompt(id: string, dueAt: number, patch: Partial<PromptRecord> = {}): PromptRecord {
  return {
    id,
    boutId: null,
    trigger: 'limit',
    dueAt,
    shownAt: dueAt,
    settledAt: dueAt + 2 * min,
    outcome: 'done',
    snoozesBefore: 0,
    offered: ['seated-figure-4', 'pigeon-pose'],
    completed: ['seated-figure-4'],
    ...patch,
  };
}

/** The settings the sample backup carries: unlike the defaults, so a test can tell them apart. */
export const backupSettings = { ...defaultSettings, sittingLimitMin: 45, dailyGoal: 5 };

/** A reader's clock for the sample: the day after it was saved. */
export const readerNow = at('12:00', 25);

/** Two days in November 2026 (the 23rd and 24th), with a plan change between them. */
export function sampleBackup(): Backup {
  return {
    format: 'hip-check-backup',
    version: 3,
    exportedAt: at('18:00', 24),
    settings: backupSettings,
    bouts: [
      { id: 'b1', startedAt: at('09:00'), endedAt: at('09:35'), end: 'routine' },
      { id: 'b2', startedAt: at('10:00'), endedAt: at('10:40'), end: 'break' },
      { id: 'b3', startedAt: at('09:00', 24), endedAt: at('09:31', 24), end: 'routine' },
    ],
    prompts: [
      prompt('p1', at('09:30'), { boutId: 'b1' }),
      prompt('p2', at('10:30'), { boutId: 'b2', outcome: 'snoozed', completed: [] }),
      prompt('p3', at('10:40'), {
        boutId: 'b2',
        outcome: 'missed',
        snoozesBefore: 1,
        completed: [],
      }),
      prompt('p4', at('09:30', 24), { boutId: 'b3', trigger: 'manual', shownAt: null }),
    ],
    pains: [{ id: 'h1', at: at('09:31', 24), stretchId: 'pigeon-pose', promptId: 'p4' }],
    painChecks: [{ id: 'c1', at: at('09:40', 24), score: 3 }],
    plans: [
      { id: 'plan1', at: at('08:00', 20), settings: defaultSettings, carePlan: null },
      {
        id: 'plan2',
        at: at('12:00', 23),
        settings: { ...defaultSettings, dailyGoal: 6 },
        carePlan: null,
      },
    ],
  };
}

/** Every row of every table, in primary-key order: equal dumps mean an unchanged database. */
export async function dumpAll(db: LogDb) {
  return {
    bouts: await db.bouts.toArray(),
    prompts: await db.prompts.toArray(),
    pains: await db.pains.toArray(),
    days: await db.days.toArray(),
    plans: await db.plans.toArray(),
  };
}

let opened = 0;
/** A fresh database name per call, so tests never see each other's rows. */
export const uniqueDbName = (label: string) => `data-${label}-${++opened}-${Math.random()}`;
