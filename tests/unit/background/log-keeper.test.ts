// The background's log bookkeeping: the popup's Today snapshot, the plans in force, retention.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Settings } from '../../../core/settings';
import { openLogDb } from '../../../storage/db';
import { settingsItem, todayItem } from '../../../storage/items';
import { writeRecords } from '../../../storage/log';
import { anytime, at, min } from '../core/drive';
import { stubBrowserGaps } from './fakes';
import { answerPending, liveBackground } from './live';

beforeEach(() => {
  fakeBrowser.reset();
  stubBrowserGaps({ fullscreen: false });
});

/** A background started at 09:00 whose 09:30 prompt is answered with Done at 09:32. */
async function doneAt0932(dbName: string, settings: Settings = anytime) {
  const live = liveBackground(dbName);
  await settingsItem.setValue(settings);
  live.clock = at('09:00');
  await live.start();
  await live.runUntil(at('09:30'));
  live.clock = at('09:32');
  await answerPending({ type: 'tookBreak' });
  await live.settled();
  return live;
}

describe('the Today snapshot', () => {
  it('follows the log: a prompt answered with Done shows as a break taken', async () => {
    const live = await doneAt0932('keeper-today');
    expect(await todayItem.getValue()).toEqual({
      date: '2026-11-23',
      figures: expect.objectContaining({ date: '2026-11-23', taken: 1, due: 1, satMin: 32 }),
    });
    live.dispose();
  });

  it('is not written before anything is logged', async () => {
    const live = liveBackground('keeper-today-empty');
    await settingsItem.setValue(anytime);
    live.clock = at('09:00');
    await live.start();
    await live.runUntil(at('09:30'));
    expect(await todayItem.getValue()).toBeNull();
    live.dispose();
  });
});

describe('plans in force', () => {
  it('keeps the settings at start and again only when they change', async () => {
    const live = liveBackground('keeper-plans');
    await settingsItem.setValue(anytime);
    live.clock = at('09:00');
    await live.start();
    live.dispose();
    live.clock = at('10:00');
    await live.start(); // same settings: nothing new to keep
    live.clock = at('11:00');
    await settingsItem.setValue({ ...anytime, sittingLimitMin: 45 });
    await live.settled();
    const db = openLogDb('keeper-plans');
    const plans = await db.plans.orderBy('at').toArray();
    expect(plans.map((p) => [p.at, p.settings.sittingLimitMin])).toEqual([
      [at('09:00'), 30],
      [at('11:00'), 45],
    ]);
    db.close();
    live.dispose();
  });
});

describe('retention', () => {
  it('drops rows older than the setting allows when the background starts', async () => {
    const db = openLogDb('keeper-retention');
    const bout = (id: string, day: number) => ({
      kind: 'bout' as const,
      row: {
        id,
        startedAt: at('09:00', day),
        endedAt: at('09:00', day) + 40 * min,
        end: 'break' as const,
      },
    });
    // 23 November is a Monday; 30 days before 30 December is 30 November.
    await writeRecords(db, [bout('old', 23), bout('kept', 35)]);
    db.close();
    await settingsItem.setValue({ ...anytime, retentionDays: 30 });
    const live = liveBackground('keeper-retention');
    live.clock = at('12:00', 60);
    await live.start();
    await live.settled();
    const after = openLogDb('keeper-retention');
    expect((await after.bouts.toArray()).map((b) => b.id)).toEqual(['kept']);
    expect((await after.days.toArray()).map((d) => d.date)).toEqual(['2026-12-05']);
    after.close();
    live.dispose();
  });
});

describe('after an erase', () => {
  it('empties the Today snapshot and keeps the settings in force again', async () => {
    const live = await doneAt0932('keeper-erase');
    expect((await todayItem.getValue())?.figures.taken).toBe(1);

    live.clock = at('10:00');
    // The fake's sendMessage drops a listener's promised answer; the listener itself gives it.
    const [reply] = await fakeBrowser.runtime.onMessage.trigger({ type: 'eraseLog' }, {}, () => {});
    expect(reply).toEqual({ ok: true });
    expect((await todayItem.getValue())?.figures).toMatchObject({ taken: 0, due: 0, satMin: 0 });
    const db = openLogDb('keeper-erase');
    expect(await db.prompts.count()).toBe(0);
    expect((await db.plans.toArray()).map((p) => p.at)).toEqual([at('10:00')]);
    db.close();
    live.dispose();
  });
});

describe('retention in a background that lives for days', () => {
  it('drops the old rows on the first write of a new day, without a restart', async () => {
    const live = await doneAt0932('keeper-retention-days', { ...anytime, retentionDays: 30 });
    const db = openLogDb('keeper-retention-days');
    expect(await db.prompts.count()).toBe(1);
    // 37 days later, in the same background (no restart): the first rows written that day, a
    // Done at 09:32, bring the purge.
    live.clock = at('09:00', 60);
    await fakeBrowser.runtime.sendMessage({ type: 'refresh' });
    await live.settled();
    await live.runUntil(at('09:30', 60));
    live.clock = at('09:32', 60);
    await answerPending({ type: 'tookBreak' });
    await live.settled();
    expect((await db.prompts.toArray()).map((p) => p.dueAt)).toEqual([at('09:30', 60)]);
    expect((await db.days.toArray()).map((d) => d.date)).toEqual(['2026-12-30']);
    db.close();
    live.dispose();
  });
});
