// The month of log the e2e checks and the screenshots restore (tests/e2e/sample-log.ts): a backup
// the real format accepts, so a change of the format breaks here, loudly, rather than in a browser.
import { describe, expect, it } from 'vitest';
import { perDay } from '../../core/adherence';
import { checkBackup } from '../../core/backup';
import { addDays, dayKey } from '../../core/days';
import { defaultSettings } from '../../core/settings';
import { streak } from '../../core/streak';
import { catalogue } from '../../core/stretch-catalogue';
import { sampleMonth } from '../e2e/sample-log';

/** Local time (TZ is Europe/London): `local(2026, 11, 25, 15)` is 25 November 2026 at 15:00. */
const local = (y: number, m: number, d: number, h = 0, min = 0) =>
  new Date(y, m - 1, d, h, min).getTime();

const moments: [string, number][] = [
  ['a Wednesday afternoon', local(2026, 11, 25, 15, 10)],
  ['a Saturday night', local(2026, 11, 28, 23, 30)],
  ['a Monday before work', local(2026, 11, 30, 7, 0)],
  ['a month across the end of summer time', local(2026, 11, 4, 12, 0)],
];

describe.each(moments)('sampleMonth, on %s', (_, now) => {
  const backup = sampleMonth(now);
  const first = addDays(now, -29);
  const today = addDays(now, 0);
  const rows = { bouts: backup.bouts, prompts: backup.prompts, pains: backup.pains };

  it('is a backup the restore accepts, unchanged by its checks', () => {
    const checked = checkBackup(JSON.parse(JSON.stringify(backup)), now);
    expect(checked).toEqual({ ok: true, value: backup });
  });

  it('is the same every time for the same moment', () => {
    expect(sampleMonth(now)).toEqual(backup);
  });

  it('holds only the last 30 days, Monday to Friday, and nothing after now', () => {
    const times = [
      ...backup.bouts.flatMap((b) => [b.startedAt, b.endedAt]),
      ...backup.prompts.flatMap((p) => [p.dueAt, p.settledAt]),
      ...backup.pains.map((p) => p.at),
    ];
    for (const at of times) {
      expect(at).toBeGreaterThanOrEqual(first);
      expect(at).toBeLessThanOrEqual(now);
      expect([1, 2, 3, 4, 5]).toContain(new Date(at).getDay());
    }
  });

  it('asks 4 to 9 times on each finished working day, in bouts that do not overlap', () => {
    const days = perDay(rows, first, 30).filter((d) => {
      const weekday = new Date(`${d.date}T12:00`).getDay();
      return weekday >= 1 && weekday <= 5 && d.date < dayKey(today);
    });
    expect(days.length).toBeGreaterThanOrEqual(19);
    for (const day of days) {
      const limit = backup.prompts.filter(
        (p) => p.trigger === 'limit' && dayKey(p.dueAt) === day.date,
      );
      expect(limit.length, day.date).toBeGreaterThanOrEqual(4);
      expect(limit.length, day.date).toBeLessThanOrEqual(9);
      expect(day.satMin, day.date).toBeGreaterThan(200);
    }
    const bouts = [...backup.bouts].sort((a, b) => a.startedAt - b.startedAt);
    for (const [i, bout] of bouts.entries()) {
      expect(bout.endedAt).toBeGreaterThan(bout.startedAt);
      const next = bouts[i + 1];
      if (next) expect(next.startedAt).toBeGreaterThanOrEqual(bout.endedAt);
    }
    const boutIds = new Set(backup.bouts.map((b) => b.id));
    for (const prompt of backup.prompts) {
      // Only today's bout may still be running, so not yet in the log.
      if (prompt.dueAt < today) expect(boutIds).toContain(prompt.boutId);
      expect(prompt.settledAt).toBeGreaterThanOrEqual(prompt.dueAt);
    }
  });

  it('has every kind of answer, taken and missed breaks, and a streak', () => {
    const outcomes = new Set(backup.prompts.map((p) => p.outcome));
    expect([...outcomes].sort()).toEqual(
      ['away', 'done', 'hurt', 'missed', 'partial', 'skipped', 'snoozed'].sort(),
    );
    const snoozedThenDone = backup.prompts.some(
      (p) => p.snoozesBefore === 1 && (p.outcome === 'done' || p.outcome === 'partial'),
    );
    expect(snoozedThenDone).toBe(true);
    const days = perDay(rows, first, 30);
    expect(days.some((d) => d.missed > 0)).toBe(true);
    expect(days.some((d) => d.taken >= defaultSettings.dailyGoal)).toBe(true);
    expect(streak(rows, now, defaultSettings.schedule, defaultSettings.dailyGoal)).toBeGreaterThan(
      2,
    );
  });

  it('completes real stretches, has two pain reports and the default plan', () => {
    const ids = new Set<string>(catalogue.map((s) => s.id));
    for (const prompt of backup.prompts) {
      for (const id of [...prompt.offered, ...prompt.completed]) expect(ids).toContain(id);
      expect(prompt.offered).toEqual(expect.arrayContaining(prompt.completed));
    }
    expect(backup.prompts.some((p) => p.completed.includes('seated-figure-4'))).toBe(true);
    expect(backup.pains).toHaveLength(2);
    for (const pain of backup.pains) {
      const prompt = backup.prompts.find((p) => p.id === pain.promptId);
      expect(prompt?.outcome).toBe('hurt');
      expect(prompt?.offered).toContain(pain.stretchId);
      expect(ids).toContain(pain.stretchId);
    }
    expect(backup.plans).toEqual([
      { id: `plan-${first}`, at: first, settings: defaultSettings, carePlan: null },
    ]);
  });
});
