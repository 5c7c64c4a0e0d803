// A seeded generator of plausible log rows over many days, for tests that compare the per-day
// summaries with figures computed from the raw rows.
import type { LogRows } from '../../../core/adherence';
import { type DaySummary, summaries } from '../../../core/day-summary';
import { addDays, dayStarts, startOfDay } from '../../../core/days';
import type {
  BoutEnd,
  BoutRecord,
  PainRecord,
  PromptOutcome,
  PromptRecord,
} from '../../../core/engine-types';

/** mulberry32: small, fast and repeatable, so a failing seed can be replayed. */
export function randomFrom(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T,
  };
}

const min = 60_000;
const outcomes: PromptOutcome[] = [
  'done',
  'partial',
  'hurt',
  'snoozed',
  'skipped',
  'missed',
  'away',
];
const ends: BoutEnd[] = ['break', 'break', 'break', 'routine', 'standing', 'pause', 'workday'];
const stretchIds = ['seated-figure-4', 'pigeon-pose', 'glute-bridge', 'walk-break'];

/**
 * Working days from local `firstDay` (a Date's y, m, d) for `days` days: bouts of sitting, limit
 * prompts with chains of snoozes and misses, routines by hand, pain reports, and now and then a
 * bout that runs past midnight.
 */
export function randomLog(seed: number, firstDay: [number, number, number], days: number): LogRows {
  const random = randomFrom(seed);
  const bouts: BoutRecord[] = [];
  const prompts: PromptRecord[] = [];
  const pains: PainRecord[] = [];
  let n = 0;
  const id = (prefix: string) => `${prefix}${seed}-${n++}`;
  for (let d = 0; d < days; d++) {
    const [y, m, day] = firstDay;
    if (random.next() < 0.15) continue; // a day off: nothing logged
    let t = new Date(y, m, day + d, random.int(7, 10), random.int(0, 59)).getTime();
    const lateNight = random.next() < 0.1;
    const dayEnd = new Date(y, m, day + d, lateNight ? 23 : 18, 30).getTime();
    while (t < dayEnd) {
      const boutId = id('b');
      const length = random.int(5, lateNight ? 180 : 110) * min;
      const bout: BoutRecord = {
        id: boutId,
        startedAt: t,
        endedAt: t + length,
        end: random.pick(ends),
      };
      let due = t + 30 * min;
      let snoozes = 0;
      while (due < bout.endedAt) {
        const outcome = random.pick(outcomes);
        const completed = ['done', 'partial', 'hurt'].includes(outcome)
          ? stretchIds.slice(0, random.int(outcome === 'done' ? 1 : 0, 3))
          : [];
        const prompt: PromptRecord = {
          id: id('p'),
          boutId,
          trigger: random.next() < 0.1 ? 'manual' : 'limit',
          dueAt: due,
          shownAt: due,
          settledAt: due + min,
          outcome,
          snoozesBefore: snoozes,
          offered: completed.length ? stretchIds.slice(0, 3) : [],
          completed,
        };
        prompts.push(prompt);
        if (outcome === 'hurt') {
          pains.push({
            id: id('pain'),
            at: due + min,
            stretchId: completed[0] ?? 'pigeon-pose',
            promptId: prompt.id,
          });
        }
        snoozes = outcome === 'snoozed' ? snoozes + 1 : 0;
        due += (outcome === 'snoozed' || outcome === 'missed' ? 10 : 30) * min;
      }
      bouts.push(bout);
      t = bout.endedAt + random.int(1, 20) * min;
    }
  }
  return { bouts, prompts, pains };
}

/** What the per-day summaries must hold for `rows`: one per day that has anything in it. */
export function expectedSummaries(rows: LogRows): DaySummary[] {
  const times = [
    ...rows.prompts.map((p) => p.dueAt),
    ...rows.bouts.flatMap((b) => [b.startedAt, b.endedAt]),
  ];
  const first = startOfDay(Math.min(...times));
  const days = Math.round((addDays(Math.max(...times), 1) - first) / 86_400_000) + 1;
  return summaries(rows, dayStarts(first, days)).filter(
    (s) => s.due > 0 || s.taken > 0 || s.satMin > 0,
  );
}
