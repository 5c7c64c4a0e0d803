// What a retention period would delete: counted over the very ranges the purge deletes, so the
// Data page's question names exactly what goes.
import { describe, expect, it } from 'vitest';
import { keepsLess, retentionCutoff } from '../../../core/retention';
import { retentionChoices } from '../../../core/settings';
import { purgeOlderThan, restoreRows } from '../../../storage/data';
import { openLogDb } from '../../../storage/db';
import { countOlderThan } from '../../../storage/retention-count';
import { at } from '../core/drive';
import { sampleBackup, uniqueDbName } from './data-fixture';
import { randomLog } from './random-log';

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
    expect(await countOlderThan(db, at('00:00', 24))).toEqual({ prompts: 3, bouts: 2, pains: 0 });
    expect(await countOlderThan(db, at('00:00', 20))).toEqual({ prompts: 0, bouts: 0, pains: 0 });
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
