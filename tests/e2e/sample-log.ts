// A plausible month of the log as a backup, for pages that need a lived-in history (the e2e
// accessibility checks, the README's screenshots). Pure and deterministic: the same `now` (and time
// zone) always gives the same rows, from a small seeded generator rather than Math.random.
import { type Backup, backupFormat, backupVersion } from '../../core/backup';
import { addDays, dayKey } from '../../core/days';
import type { BoutEnd, BoutRecord, PainRecord, PromptRecord } from '../../core/engine-types';
import { defaultSettings } from '../../core/settings';

const minute = 60_000;
const sittingLimit = defaultSettings.sittingLimitMin * minute;
const snooze = defaultSettings.snoozeMin * minute;
/** A prompt left this long counts as missed and comes back a snooze later (core/sitting-rules). */
const unanswered = 10 * minute;

/** Office-friendly stretches of core/stretch-catalogue.ts, the usual ones more than once. */
const officeStretches = [
  'seated-figure-4',
  'seated-figure-4',
  'seated-figure-4',
  'seated-glute-squeeze',
  'seated-glute-squeeze',
  'seated-pelvic-tilt',
  'standing-hip-flexor-lunge',
  'standing-hip-flexor-lunge',
  'standing-hip-abduction',
  'leg-swings',
  'standing-calf-stretch',
  'standing-itb-stretch',
];

/** mulberry32: a tiny seeded generator, uniform in [0, 1). */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A seed from a day's date, so a given date always looks the same whatever `now` is. */
function seedOf(date: string): number {
  let hash = 2166136261;
  for (const char of date) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619);
  return hash;
}

interface Rows {
  bouts: BoutRecord[];
  prompts: PromptRecord[];
  pains: PainRecord[];
}

/**
 * Simulates one working day as the engine would log it (default settings: a 30-minute limit,
 * 10-minute snoozes, prompts missed after 10 minutes), from a bit after 08:00 to 18:00 at the latest.
 * `good` days take at least eight breaks, the default daily goal, so the streak has something to count.
 */
function simulateDay(dayStart: number, good: boolean, next: () => number, rows: Rows): void {
  const random = (from: number, to: number) => from + Math.floor(next() * (to - from + 1));
  const chance = (p: number) => next() < p;
  let seq = 0;
  const id = (prefix: string, at: number) => `${prefix}${at.toString(36)}-${++seq}`;
  const routine = () => {
    const count = chance(0.15) ? 1 : chance(0.8) ? 2 : 3;
    const picked: string[] = [];
    while (picked.length < count) {
      const stretch = officeStretches[random(0, officeStretches.length - 1)] as string;
      if (!picked.includes(stretch)) picked.push(stretch);
    }
    return picked;
  };

  const limitPrompts = good ? 9 : random(4, 9);
  const end = dayStart + 18 * 60 * minute;
  const leaveAt = !good && chance(0.3) ? end - random(15, 60) * minute : end;
  let lunchDone = false;
  let snoozedToday = false;
  let asked = 0;
  let t = dayStart + (8 * 60 + random(5, 45)) * minute;

  while (t < leaveAt - 20 * minute) {
    const bout = { id: id('b', t), startedAt: t };
    let dueBase = t;
    let snoozesInRow = 0;
    const close = (at: number, how: BoutEnd) => {
      rows.bouts.push({ ...bout, endedAt: at, end: how });
    };
    const prompt = (
      dueAt: number,
      settledAt: number,
      outcome: PromptRecord['outcome'],
      offered: string[],
      completed: string[] = [],
    ): PromptRecord => {
      const row: PromptRecord = {
        id: id('p', dueAt),
        boutId: bout.id,
        trigger: 'limit',
        dueAt,
        shownAt: dueAt,
        settledAt,
        outcome,
        snoozesBefore: snoozesInRow,
        offered,
        completed,
      };
      rows.prompts.push(row);
      asked += 1;
      return row;
    };
    /** The user gets up on their own; back after a short walk, or after lunch. */
    const awayUntil = (from: number) => {
      const lunch = !lunchDone && from >= dayStart + 12 * 60 * minute;
      if (lunch) lunchDone = true;
      return from + (lunch ? random(35, 60) : random(5, 20)) * minute;
    };

    // One bout: prompts until one of them (or the user, or the end of the day) ends it.
    for (;;) {
      const due = dueBase + sittingLimit;
      if (leaveAt <= due) {
        // The day ends before the next break falls due.
        close(leaveAt, leaveAt === end ? 'workday' : 'break');
        return;
      }
      const remaining = limitPrompts - asked;
      const timeLeft = leaveAt - t;
      const late = due + 35 * minute > leaveAt;
      const hurry = remaining * 40 * minute >= timeLeft - (lunchDone ? 0 : 45 * minute);
      if (remaining <= 0 || late || (!hurry && chance(good ? 0.15 : 0.3))) {
        // A natural break before the limit: the bout ends when the user walked away.
        const up = Math.max(bout.startedAt + 6 * minute, due - random(2, 18) * minute);
        close(up, 'break');
        t = awayUntil(up);
        break;
      }
      const roll = next();
      const offered = routine();
      const mayChain = remaining >= 2;
      if (!good && roll > 0.8 && roll <= 0.88) {
        // Skipped: the limit counts again from the skip, in the same bout.
        const settled = due + random(0, 2) * minute + random(5, 50) * 1000;
        prompt(due, settled, 'skipped', offered);
        dueBase = settled;
        snoozesInRow = 0;
        continue;
      }
      if (!good && roll > 0.88 && roll <= 0.94 && mayChain) {
        // Missed, asked again a snooze later; then a short routine or another skip.
        const missed = due + unanswered;
        prompt(due, missed, 'missed', offered);
        const again = missed + snooze;
        if (chance(0.5)) {
          const settled = again + random(30, 90) * 1000;
          prompt(again, settled, 'skipped', routine());
          dueBase = settled;
          snoozesInRow = 0;
          continue;
        }
        const second = routine();
        const settled = again + random(2, 3) * minute;
        prompt(again, settled, 'done', second, second);
        close(settled, 'routine');
        t = settled;
        break;
      }
      let at = due;
      // A good day snoozes once at most, so its nine prompts still take eight breaks.
      if (roll > 0.66 && roll <= 0.8 && mayChain && !(good && snoozedToday)) {
        snoozedToday = true;
        // Snoozed once, then the routine.
        const settled = due + random(10, 40) * 1000;
        prompt(due, settled, 'snoozed', offered);
        snoozesInRow = 1;
        at = settled + snooze;
      }
      if (roll > 0.94 || (good && roll > 0.9)) {
        // Already up and away when the prompt came: a natural break, counted as taken.
        const left = at + random(1, 4) * minute;
        prompt(at, left, 'away', offered);
        close(left, 'break');
        t = awayUntil(left);
        break;
      }
      const partial = roll > 0.5 && roll <= 0.66 && offered.length > 1;
      const completed = partial ? offered.slice(0, offered.length - 1) : offered;
      const settled = at + random(60 * completed.length + 20, 60 * completed.length + 80) * 1000;
      prompt(at, settled, partial ? 'partial' : 'done', offered, completed);
      close(settled, 'routine');
      // A routine ends the bout; the user is at the desk again, so the next starts at once.
      t = settled;
      break;
    }
  }
}

/** Makes one of the day's finished routines end in "This hurt" on its last stretch. */
function hurtOnce(rows: Rows, from: number, to: number, pick: number): void {
  const done = rows.prompts.filter(
    (p) => p.dueAt >= from && p.dueAt < to && p.outcome === 'done' && p.offered.length > 1,
  );
  const prompt = done[Math.floor(pick * done.length)];
  if (!prompt) return;
  const stretchId = prompt.offered.at(-1) as string;
  prompt.outcome = 'hurt';
  prompt.completed = prompt.offered.slice(0, -1);
  rows.pains.push({
    id: `h${prompt.settledAt.toString(36)}-1`,
    at: prompt.settledAt,
    stretchId,
    promptId: prompt.id,
  });
}

/**
 * The last 30 local days up to `now`: working days (Monday to Friday) with 4 to 9 limit prompts,
 * mostly routines done or partly done, some snoozed first, some skipped, missed or answered by
 * being away; bouts around them, lunch, early evenings; two pain reports; the default settings'
 * plan from the first day. The last few working days before today meet the daily goal, so there
 * is a streak. Nothing ends after `now`: today holds only what is already over.
 */
export function sampleMonth(now: number): Backup {
  const rows: Rows = { bouts: [], prompts: [], pains: [] };
  const first = addDays(now, -29);
  const days = Array.from({ length: 30 }, (_, i) => addDays(first, i));
  const working = days.filter((start) => {
    const weekday = new Date(start).getDay();
    return weekday >= 1 && weekday <= 5;
  });
  const today = addDays(now, 0);
  const goodDays = new Set(working.filter((start) => start < today).slice(-4));
  for (const start of working) {
    simulateDay(start, goodDays.has(start), generator(seedOf(dayKey(start))), rows);
  }

  // Two reports of pain, on two different earlier days, not on the streak's good days.
  const pick = generator(seedOf(dayKey(first)) ^ 0x9e3779b9);
  const ordinary = working.filter((start) => !goodDays.has(start) && start < today);
  for (const start of [ordinary[Math.floor(ordinary.length / 4)], ordinary.at(-2)]) {
    if (start !== undefined) hurtOnce(rows, start, addDays(start, 1), pick());
  }

  const over = <T>(items: T[], end: (item: T) => number) => items.filter((i) => end(i) <= now);
  return {
    format: backupFormat,
    version: backupVersion,
    exportedAt: now,
    settings: defaultSettings,
    bouts: over(rows.bouts, (b) => b.endedAt),
    prompts: over(rows.prompts, (p) => p.settledAt),
    pains: over(rows.pains, (p) => p.at),
    painChecks: [],
    plans: [{ id: `plan-${first}`, at: first, settings: defaultSettings, carePlan: null }],
  };
}
