// Backup fuzzing: thousands of damaged backups from a seeded generator, each sent to the
// background's restore as a page would. Every one is either refused with a message the locales
// hold, the database and settings untouched, or restored quickly with figures that are numbers.
import { afterAll, describe, expect, it } from 'vitest';
import { type Backup, checkBackup, parseBackup, summarizeBackup } from '../../../core/backup';
import { defaultSettings, type Settings, validateSettings } from '../../../core/settings';
import { isValidTime } from '../../../core/valid-time';
import { createDataRequests } from '../../../entrypoints/background/data-requests';
import enMessages from '../../../public/_locales/en/messages.json';
import frMessages from '../../../public/_locales/fr/messages.json';
import { exportPromptsCsv } from '../../../storage/data';
import { openLogDb } from '../../../storage/db';
import { at } from '../core/drive';
import { mutate } from './backup-mutations';
import { dumpAll, sampleBackup, uniqueDbName } from './data-fixture';
import { randomFrom, randomLog } from './random-log';

const runs = Number(process.env.FUZZ_RUNS ?? 2000);
const seed = Number(process.env.FUZZ_SEED ?? 20261123);
const now = at('12:00', 25);

type Locale = Record<string, { message: string; placeholders?: Record<string, unknown> }>;
const locales = { en: enMessages as Locale, fr: frMessages as Locale };

/** Believable starting points: the sample (with a bout running at export), and a random week. */
function bases(): Backup[] {
  const rows = randomLog(seed, [2026, 10, 16], 6);
  const month: Backup = {
    ...sampleBackup(),
    exportedAt: at('20:00', 24),
    ...rows,
    bouts: [...rows.bouts],
    prompts: [...rows.prompts],
    pains: [...rows.pains],
  };
  return [sampleBackup(), sampleBackup(), month];
}

const figureFields = ['taken', 'due', 'missed', 'pending', 'satMin', 'longestBoutMin'] as const;

const tally = { accepted: 0, refused: 0, violations: [] as string[], slowestMs: 0 };

afterAll(() => {
  console.log(
    `backup fuzz (seed ${seed}): ${runs} backups, ${tally.accepted} accepted, ${tally.refused} refused, ` +
      `${tally.violations.length} violations, slowest restore ${tally.slowestMs.toFixed(0)} ms`,
  );
});

describe('backup fuzzing', () => {
  it(`refuses or restores soundly each of ${runs} damaged backups`, async () => {
    const random = randomFrom(seed);
    const db = openLogDb(uniqueDbName('fuzz'));
    const settings = { current: { ...defaultSettings, dailyGoal: 3 } as Settings };
    const handle = createDataRequests({
      db: () => db,
      clearOutbox: async () => undefined,
      loadSettings: async () => settings.current,
      saveSettings: async (next) => {
        settings.current = next;
      },
      loadCarePlan: async () => null,
      saveCarePlan: async () => undefined,
      now: () => now,
    });
    const starts = bases();
    const violation = (run: number, what: string) => tally.violations.push(`run ${run}: ${what}`);
    let before = await dumpAll(db);
    for (let run = 0; run < runs; run++) {
      const backup = structuredClone(random.pick(starts)) as unknown as Record<string, unknown>;
      for (let n = random.int(1, 3); n > 0; n--) mutate(random, backup, now);
      const withSettings = random.next() < 0.5;
      const settingsBefore = settings.current;
      const page = checkBackup(backup, now);
      // The page reads the file's text: NaN and Infinity become null there.
      const text = parseBackup(JSON.stringify(backup) ?? '', now);
      const started = performance.now();
      const reply = await handle({ type: 'restoreBackup', backup, withSettings });
      const ms = performance.now() - started;
      if (page.ok !== reply.ok) violation(run, `page said ${page.ok}, background ${reply.ok}`);
      for (const verdict of [page, text, reply]) {
        if (verdict.ok) continue;
        for (const [name, locale] of Object.entries(locales)) {
          const entry = locale[verdict.error];
          if (!entry) violation(run, `${name} has no message ${verdict.error}`);
          const wanted = Object.keys(entry?.placeholders ?? {}).length;
          if (wanted !== verdict.params.length) violation(run, `${verdict.error} params`);
        }
      }
      if (!reply.ok) {
        tally.refused += 1;
        const after = await dumpAll(db);
        if (JSON.stringify(after) !== JSON.stringify(before)) violation(run, 'refused but changed');
        if (settings.current !== settingsBefore) violation(run, 'refused but settings changed');
        continue;
      }
      tally.accepted += 1;
      tally.slowestMs = Math.max(tally.slowestMs, ms);
      if (ms > 2000) violation(run, `restore took ${ms.toFixed(0)} ms`);
      const after = await dumpAll(db);
      for (const summary of after.days) {
        if (!/^\d{4}-\d{2}-\d{2}$/.test(summary.date)) violation(run, `day key ${summary.date}`);
        for (const field of figureFields) {
          const value = summary[field];
          if (!Number.isInteger(value) || value < 0) violation(run, `${field} = ${value}`);
        }
        for (const count of Object.values(summary.stretches)) {
          if (!Number.isInteger(count) || count < 1) violation(run, `stretch count ${count}`);
        }
      }
      const csv = await exportPromptsCsv(db);
      if (/NaN|Invalid/.test(csv)) violation(run, 'NaN in the CSV');
      if (page.ok) {
        const { from, to } = summarizeBackup(page.value);
        for (const time of [from, to, page.value.exportedAt]) {
          if (time !== null && !isValidTime(time)) violation(run, `summary time ${time}`);
        }
      }
      const expected =
        withSettings && page.ok && page.value.settings ? page.value.settings : settingsBefore;
      if (JSON.stringify(settings.current) !== JSON.stringify(expected)) violation(run, 'settings');
      if (!validateSettings(settings.current).ok) violation(run, 'settings now invalid');
      before = after;
    }
    db.close();
    expect(tally.violations.slice(0, 20)).toEqual([]);
    // Both kinds must really happen, or the fuzzing proves little.
    expect(tally.accepted).toBeGreaterThan(runs / 20);
    expect(tally.refused).toBeGreaterThan(runs / 4);
  }, 600_000);
});
