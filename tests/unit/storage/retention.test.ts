// Retention: the purge drops what is older than the cutoff, keeping the days after it as they
// were, and what a retention period would delete is counted over the very ranges the purge
// deletes, so the Data page's question names exactly what goes.
import { afterEach, describe, expect, it } from 'vitest';
import { dayKey } from '../../../core/days';
import { keepsLess, retentionCutoff } from '../../../core/retention';
import { defaultSettings, retentionChoices } from '../../../core/settings';
import { restoreRows } from '../../../storage/data';
import { type LogDb, openLogDb } from '../../../storage/db';
import { countOlderThan, purgeByRetention, purgeOlderThan } from '../../../storage/retention';
import { at } from '../core/drive';
import { dumpAll, prompt, sampleBackup, uniqueDbName } from './data-fixture';
import { expectedSummaries, randomLog } from './random-log';

const dbs: LogDb[] = [];
function freshDb(label: string): LogDb {
  const db = openLogDb(uniqueDbName(label));
  dbs.push(db);
  return db;
}
afterEach(() => {
  for (const db of dbs.splice(0)) db.close();
});

describe('purgeOlderThan', () => {
  it('drops what happened before the cutoff and keeps the plan still in force', async () => {
    const db = freshDb('purge');
    const backup = sampleBackup();
    // A bout that runs across the cutoff stays whole.
    backup.bouts.push({
      id: 'across',
      startedAt: at('23:40', 23),
      endedAt: at('00:20', 24),
      end: 'break',
    });
    backup.plans.push({
      id: 'plan3',
      at: at('07:00', 24),
      settings: defaultSettings,
      carePlan: null,
    });
    await restoreRows(db, backup);
    const cutoff = at('00:00', 24);

    expect(await purgeOlderThan(db, cutoff)).toBe(true);

    const dump = await dumpAll(db);
    expect(dump.bouts.map((b) => b.id).sort()).toEqual(['across', 'b3']);
    expect(dump.prompts.map((p) => p.id)).toEqual(['p4']);
    expect(dump.pains.map((p) => p.id)).toEqual(['h1']);
    // plan1 was replaced by plan2 before the cutoff; plan2 was in force at it.
    expect(dump.plans.map((p) => p.id)).toEqual(['plan2', 'plan3']);
    expect(dump.days.every((d) => d.date >= dayKey(cutoff))).toBe(true);
    expect(dump.days.map((d) => d.date)).toContain('2026-11-24');
    // The days kept read exactly as if the log had only ever held the rows that stay.
    const kept = expectedSummaries({ bouts: dump.bouts, prompts: dump.prompts, pains: [] });
    expect(dump.days).toEqual(kept.filter((d) => d.date >= dayKey(cutoff)));
  });

  for (const seed of [21, 22, 23]) {
    it(`leaves the days kept as a log of only the kept rows would read (seed ${seed})`, async () => {
      const db = freshDb(`purge-random-${seed}`);
      const rows = randomLog(seed, [2026, 9, 15], 21);
      await restoreRows(db, {
        ...sampleBackup(),
        bouts: [...rows.bouts],
        prompts: [...rows.prompts],
        pains: [...rows.pains],
        plans: [],
      });
      // Mid-log, the day after the clocks went back; chains and late bouts sit on either side.
      const cutoff = new Date(2026, 9, 25).getTime();
      expect(await purgeOlderThan(db, cutoff)).toBe(true);
      const dump = await dumpAll(db);
      const kept = expectedSummaries({ bouts: dump.bouts, prompts: dump.prompts, pains: [] });
      expect(dump.days).toEqual(kept.filter((d) => d.date >= dayKey(cutoff)));
    });
  }

  it('works out the first day kept again when its prompt belonged to a bout that went', async () => {
    const db = freshDb('purge-edge');
    // An idle break is back-dated: this bout ended at 23:55, its prompt came due at 00:05 and was
    // snoozed. With the bout logged, the break it ended on answers the prompt.
    const bout = {
      id: 'late',
      startedAt: at('23:00', 23),
      endedAt: at('23:55', 23),
      end: 'break' as const,
    };
    const snoozed = prompt('p-late', at('00:05', 24), {
      boutId: 'late',
      outcome: 'snoozed',
      completed: [],
    });
    await restoreRows(db, {
      ...sampleBackup(),
      bouts: [bout],
      prompts: [snoozed],
      pains: [],
      plans: [],
    });
    expect(await db.days.get('2026-11-24')).toMatchObject({ due: 1, taken: 1, pending: 0 });

    expect(await purgeOlderThan(db, at('00:00', 24))).toBe(true);
    // The bout is gone, so the kept log can no longer say the break was taken.
    expect(await db.days.get('2026-11-24')).toMatchObject({ due: 1, taken: 0, pending: 1 });
  });

  it('changes nothing when nothing is that old', async () => {
    const db = freshDb('purge-nothing');
    await restoreRows(db, sampleBackup());
    const before = await dumpAll(db);
    expect(await purgeOlderThan(db, at('00:00', 1))).toBe(false);
    expect(await dumpAll(db)).toEqual(before);
  });
});

describe('purgeByRetention', () => {
  it('keeps everything under "forever" and deletes what the period ends', async () => {
    const db = freshDb('purge-by-retention');
    await restoreRows(db, sampleBackup());
    const before = await dumpAll(db);
    expect(await purgeByRetention(db, 0, at('12:00', 25))).toBe(false);
    expect(await dumpAll(db)).toEqual(before);
    // 30 days from 24 December 2026 cut at the local midnight starting 24 November.
    expect(await purgeByRetention(db, 30, new Date(2026, 11, 24, 9).getTime())).toBe(true);
    const dump = await dumpAll(db);
    expect(dump.bouts.map((b) => b.id)).toEqual(['b3']);
    expect(dump.prompts.map((p) => p.id)).toEqual(['p4']);
    expect(dump.days.map((d) => d.date)).toEqual(['2026-11-24']);
  });

  it('deletes nothing while every row is inside the period', async () => {
    const db = freshDb('purge-by-retention-none');
    await restoreRows(db, sampleBackup());
    const before = await dumpAll(db);
    expect(await purgeByRetention(db, 30, at('12:00', 25))).toBe(false);
    expect(await dumpAll(db)).toEqual(before);
  });
});

describe('countOlderThan', () => {
  it('counts what lies wholly before the cutoff, not a bout running across it', async () => {
    const db = openLogDb(uniqueDbName('count'));
    const backup = sampleBackup();
    backup.bouts.push({
      id: 'across',
      startedAt: at('23:40'),
      endedAt: at('00:20', 24),
      end: 'break',
    });
    await restoreRows(db, backup);
    expect(await countOlderThan(db, at('00:00', 24))).toEqual({
      prompts: 3,
      bouts: 2,
      pains: 0,
      painChecks: 0,
    });
    expect(await countOlderThan(db, at('00:00', 25))).toMatchObject({ painChecks: 1 });
    expect(await countOlderThan(db, at('00:00', 20))).toEqual({
      prompts: 0,
      bouts: 0,
      pains: 0,
      painChecks: 0,
    });
    db.close();
  });

  for (const seed of [31, 32]) {
    it(`names exactly the rows the purge then deletes (seed ${seed})`, async () => {
      const db = openLogDb(uniqueDbName(`count-${seed}`));
      const rows = randomLog(seed, [2026, 9, 15], 21);
      await restoreRows(db, {
        ...sampleBackup(),
        bouts: [...rows.bouts],
        prompts: [...rows.prompts],
        pains: [...rows.pains],
        plans: [],
      });
      const cutoff = new Date(2026, 9, 25).getTime();
      const before = { prompts: await db.prompts.count(), bouts: await db.bouts.count() };
      const named = await countOlderThan(db, cutoff);
      await purgeOlderThan(db, cutoff);
      expect(before.prompts - (await db.prompts.count())).toBe(named.prompts);
      expect(before.bouts - (await db.bouts.count())).toBe(named.bouts);
      expect(named.prompts).toBeGreaterThan(0);
      db.close();
    });
  }
});

describe('retention periods', () => {
  it('cut the log at a local midnight, so many days back; "forever" cuts nothing', () => {
    expect(retentionCutoff(30, at('15:20', 23))).toBe(new Date(2026, 9, 24).getTime());
    expect(retentionCutoff(0, at('15:20', 23))).toBeNull();
  });

  it('keep less only when going to a shorter period than the one in force', () => {
    expect(keepsLess(30, 0)).toBe(true);
    expect(keepsLess(30, 90)).toBe(true);
    expect(keepsLess(90, 30)).toBe(false);
    expect(keepsLess(0, 30)).toBe(false);
    for (const days of retentionChoices) expect(keepsLess(days, days)).toBe(false);
  });
});
