// The routine picker: hand-written cases, then rules checked over many generated requests and days.
import { describe, expect, it } from 'vitest';
import {
  maxItems,
  type PlanStretch,
  pickRoutine,
  type Routine,
  type RoutineBudgetSec,
  type RoutineRequest,
} from '../../../core/routine';
import {
  allowedStretches,
  durationSec,
  type HealthFilters,
  isAllowed,
  minDurationSec,
  noFilters,
  type StretchId,
  stretchById,
  stretches,
} from '../../../core/stretches';

const monday = new Date(2026, 10, 23).getTime();
const allIds = stretches.map((s) => s.id);
const allFilters: HealthFilters = {
  officeOnly: true,
  pregnant: true,
  pelvicGirdlePain: true,
  hipReplacement: true,
  outerHipFlare: true,
};

function request(over: Partial<RoutineRequest> = {}): RoutineRequest {
  return {
    dayStart: monday,
    budgetSec: 120,
    filters: noFilters,
    hidden: [],
    earlierToday: [],
    previous: [],
    plan: null,
    ...over,
  };
}

/** Hides every stretch except these. */
function only(...keep: StretchId[]): StretchId[] {
  return allIds.filter((id) => !keep.includes(id));
}

const ids = (r: Routine) => r.items.map((i) => i.id);
const mainGroup = (id: StretchId) => stretchById(id).groups[0];

describe('the time budget', () => {
  it('offers one stretch in a minute, two in two, three in five', () => {
    for (const [budgetSec, count] of [
      [60, 1],
      [120, 2],
      [300, 3],
    ] as const) {
      const routine = pickRoutine(request({ budgetSec }));
      expect(routine.items).toHaveLength(count);
      expect(routine.totalSec).toBeLessThanOrEqual(budgetSec);
      expect(maxItems(budgetSec)).toBe(count);
    }
  });

  it('keeps the catalogue doses when they fit', () => {
    const routine = pickRoutine(request({ budgetSec: 300 }));
    for (const item of routine.items) {
      expect(item.durationSec).toBe(durationSec(stretchById(item.id)));
    }
  });

  it('trims a step at a time from the later stretch, leaving the lead whole', () => {
    const routine = pickRoutine(
      request({ hidden: only('standing-itb-stretch', 'standing-hip-flexor-lunge') }),
    );
    expect(routine.items.map((i) => i.holdSec)).toEqual([30, 25]);
    expect(routine.items.map((i) => i.durationSec)).toEqual([65, 55]);
    expect(routine.totalSec).toBe(120);
  });

  it('offers nothing that would not fit even at two thirds of its dose', () => {
    const onlyRoller = only('foam-roll-tfl');
    expect(minDurationSec(stretchById('foam-roll-tfl'))).toBe(40 + 5 + 40);
    expect(pickRoutine(request({ budgetSec: 60, hidden: onlyRoller })).items).toEqual([]);
    expect(pickRoutine(request({ budgetSec: 120, hidden: onlyRoller })).items).toEqual([
      { id: 'foam-roll-tfl', durationSec: 115, holdSec: 55 },
    ]);
  });

  it('always offers the walk, as long as the budget up to two minutes', () => {
    expect(pickRoutine(request({ budgetSec: 60 }))).toMatchObject({
      alternative: 'walk-break',
      alternativeSec: 60,
    });
    expect(pickRoutine(request({ budgetSec: 300, hidden: ['walk-break'] }))).toMatchObject({
      alternative: 'walk-break',
      alternativeSec: 120,
    });
  });
});

describe('filters, hidden stretches and the previous routine', () => {
  it('offers only office stretches with the office filter', () => {
    const routine = pickRoutine(
      request({ budgetSec: 300, filters: { ...noFilters, officeOnly: true } }),
    );
    for (const item of routine.items) {
      expect(stretchById(item.id)).toMatchObject({ where: 'office', props: [] });
    }
  });

  it('offers what all the filters together leave, and the walk', () => {
    const routine = pickRoutine(request({ budgetSec: 300, filters: allFilters }));
    expect([...ids(routine)].sort()).toEqual([
      'seated-glute-squeeze',
      'seated-pelvic-tilt',
      'standing-calf-stretch',
    ]);
  });

  it('offers an empty routine, and so only the walk, when nothing is left', () => {
    const hidden: StretchId[] = [
      'seated-glute-squeeze',
      'seated-pelvic-tilt',
      'standing-calf-stretch',
    ];
    expect(pickRoutine(request({ filters: allFilters, hidden }))).toEqual({
      items: [],
      totalSec: 0,
      alternative: 'walk-break',
      alternativeSec: 120,
    });
  });

  it('never repeats a stretch of the previous routine, even when that leaves nothing', () => {
    const first = pickRoutine(request({ budgetSec: 300 }));
    const second = pickRoutine(request({ budgetSec: 300, previous: ids(first) }));
    expect(ids(second).filter((id) => ids(first).includes(id))).toEqual([]);
    const alone = request({ hidden: only('seated-pelvic-tilt') });
    expect(ids(pickRoutine(alone))).toEqual(['seated-pelvic-tilt']);
    expect(ids(pickRoutine({ ...alone, previous: ['seated-pelvic-tilt'] }))).toEqual([]);
  });

  it('never puts the walk among the stretches', () => {
    for (const budgetSec of [60, 120, 300] as const) {
      expect(ids(pickRoutine(request({ budgetSec })))).not.toContain('walk-break');
    }
  });

  it('ignores ids it does not know in the history', () => {
    const stale = ['retired-stretch' as StretchId];
    expect(pickRoutine(request({ earlierToday: stale, previous: stale }))).toEqual(
      pickRoutine(request()),
    );
  });
});

describe('rotation', () => {
  const desk = { filters: { ...noFilters, officeOnly: true }, budgetSec: 60 } as const;

  it('prefers the muscle group least used today', () => {
    const earlierToday: StretchId[] = [
      'seated-figure-4',
      'standing-itb-stretch',
      'standing-hip-flexor-lunge',
      'standing-calf-stretch',
      'seated-glute-squeeze',
    ];
    expect(ids(pickRoutine(request({ ...desk, earlierToday })))).toEqual(['seated-pelvic-tilt']);
  });

  it('puts a rested muscle group before a stretch not yet offered', () => {
    // Three rounds of leg swings worked the legs (their second group); the low back only once.
    const routine = pickRoutine(
      request({
        ...desk,
        hidden: only('seated-pelvic-tilt', 'standing-calf-stretch', 'leg-swings'),
        earlierToday: ['seated-pelvic-tilt', 'leg-swings', 'leg-swings', 'leg-swings'],
      }),
    );
    expect(ids(routine)).toEqual(['seated-pelvic-tilt']);
  });

  it('never lets one main group lead twice in a row while another can', () => {
    const routine = pickRoutine(
      request({
        ...desk,
        hidden: only('seated-figure-4', 'seated-glute-squeeze', 'seated-pelvic-tilt'),
        earlierToday: ['seated-pelvic-tilt', 'seated-pelvic-tilt', 'seated-figure-4'],
        previous: ['seated-figure-4'],
      }),
    );
    expect(ids(routine)).toEqual(['seated-pelvic-tilt']);
  });

  it('gives each stretch of a routine its own main group when it can', () => {
    for (const budgetSec of [120, 300] as const) {
      const groups = pickRoutine(request({ budgetSec })).items.map((i) => mainGroup(i.id));
      expect(new Set(groups).size).toBe(groups.length);
    }
  });

  it('starts each day in a different order, the same all day', () => {
    const leads = new Set<StretchId | undefined>();
    for (let day = 0; day < 7; day++) {
      const dayStart = new Date(2026, 10, 23 + day).getTime();
      const routine = pickRoutine(request({ dayStart }));
      expect(pickRoutine(request({ dayStart }))).toEqual(routine);
      leads.add(routine.items[0]?.id);
    }
    expect(leads.size).toBeGreaterThan(2);
  });
});

describe('a care plan', () => {
  const plan = (...entries: PlanStretch[]) => ({ stretches: entries });

  it('chooses only from the plan, with its holds and reps', () => {
    const routine = pickRoutine(
      request({
        budgetSec: 300,
        plan: plan(
          { id: 'seated-figure-4', holdSec: 45 },
          { id: 'seated-glute-squeeze', reps: 12 },
        ),
      }),
    );
    expect([...routine.items].sort((a, b) => a.id.localeCompare(b.id))).toEqual([
      { id: 'seated-figure-4', durationSec: 95, holdSec: 45 },
      { id: 'seated-glute-squeeze', durationSec: 60, reps: 12 },
    ]);
    expect(routine.totalSec).toBe(155);
  });

  it('trims a plan dose to fit the budget, never below two thirds of it', () => {
    const routine = pickRoutine(
      request({
        plan: plan({ id: 'seated-figure-4', holdSec: 45 }, { id: 'seated-pelvic-tilt', reps: 12 }),
      }),
    );
    expect(routine.totalSec).toBeLessThanOrEqual(120);
    const figure4 = routine.items.find((i) => i.id === 'seated-figure-4');
    const tilt = routine.items.find((i) => i.id === 'seated-pelvic-tilt');
    expect(figure4?.holdSec).toBeGreaterThanOrEqual(30);
    expect(tilt?.reps).toBeGreaterThanOrEqual(8);
    expect(routine.items.map((i) => i.durationSec)).toEqual(
      routine.items.map((i) => durationSec(stretchById(i.id), i)),
    );
  });

  it('drops what the filters, hidden ids or the previous routine rule out', () => {
    const routine = pickRoutine(
      request({
        budgetSec: 300,
        filters: { ...noFilters, hipReplacement: true },
        hidden: ['glute-bridge'],
        previous: ['seated-pelvic-tilt'],
        plan: plan(
          { id: 'pigeon-pose' },
          { id: 'glute-bridge' },
          { id: 'seated-pelvic-tilt' },
          { id: 'walk-break', holdSec: 300 },
          { id: 'seated-glute-squeeze', reps: 8 },
        ),
      }),
    );
    expect(routine.items).toEqual([{ id: 'seated-glute-squeeze', durationSec: 40, reps: 8 }]);
  });

  it('falls back to the catalogue, filters still on, only when the plan leaves nothing', () => {
    const filters = { ...noFilters, hipReplacement: true };
    const routine = pickRoutine(
      request({ filters, plan: plan({ id: 'pigeon-pose' }, { id: 'seated-figure-4' }) }),
    );
    expect(routine.items.length).toBe(2);
    for (const item of routine.items) expect(isAllowed(stretchById(item.id), filters)).toBe(true);
    const alternate = pickRoutine(
      request({ previous: ['seated-figure-4'], plan: plan({ id: 'seated-figure-4' }) }),
    );
    expect(ids(alternate)).not.toContain('seated-figure-4');
    expect(alternate.items.length).toBe(2);
  });
});

/** A small seeded generator (mulberry32), so every run checks the same requests. */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomRequest(random: () => number): RoutineRequest {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const some = (p: number) => allIds.filter(() => random() < p);
  const history = Array.from({ length: Math.floor(random() * 14) }, () => pick(allIds));
  // Some requests are heavily filtered, so that empty and one-stretch answers come up too.
  const strictness = pick([0.1, 0.3, 0.8]);
  const flag = () => random() < strictness;
  return request({
    dayStart: new Date(2026, 0, 1 + Math.floor(random() * 365)).getTime(),
    budgetSec: pick([60, 120, 300] as const),
    filters: {
      officeOnly: flag(),
      pregnant: flag(),
      pelvicGirdlePain: flag(),
      hipReplacement: flag(),
      outerHipFlare: flag(),
    },
    hidden: some(strictness / 2),
    earlierToday: history,
    previous: random() < 0.8 ? history.slice(-3) : some(0.2),
    plan:
      random() < 0.3
        ? {
            stretches: Array.from({ length: 1 + Math.floor(random() * 5) }, () => ({
              id: pick(allIds),
              holdSec: random() < 0.5 ? 10 + Math.floor(random() * 80) : undefined,
              reps: random() < 0.5 ? 5 + Math.floor(random() * 15) : undefined,
            })),
          }
        : null,
  });
}

/** The filters read straight from the data, apart from the code under test. */
function breaksAFilter(id: StretchId, filters: HealthFilters): boolean {
  const { cautions, position, where, props } = stretchById(id);
  return (
    (filters.officeOnly && (position === 'floor' || where === 'home' || props.length > 0)) ||
    (filters.pregnant && cautions.includes('pregnancy')) ||
    (filters.pelvicGirdlePain && cautions.includes('pelvicGirdlePain')) ||
    (filters.hipReplacement && cautions.includes('hipReplacement')) ||
    (filters.outerHipFlare && cautions.includes('outerHipFlare'))
  );
}

/** Every rule a routine must keep, whatever it was asked. */
function expectRulesKept(req: RoutineRequest, routine: Routine): void {
  const chosen = ids(routine);
  expect(routine.totalSec).toBeLessThanOrEqual(req.budgetSec);
  expect(routine.totalSec).toBe(routine.items.reduce((sum, i) => sum + i.durationSec, 0));
  expect(chosen.length).toBeLessThanOrEqual(maxItems(req.budgetSec));
  expect(new Set(chosen).size).toBe(chosen.length);
  expect(routine.alternative).toBe('walk-break');
  expect(routine.alternativeSec).toBe(Math.min(req.budgetSec, 120));
  const offerable = allowedStretches(req.filters, req.hidden).filter(
    (s) => s.id !== 'walk-break' && !req.previous.includes(s.id),
  );
  for (const id of chosen) {
    expect(offerable.map((s) => s.id)).toContain(id);
    expect(breaksAFilter(id, req.filters), id).toBe(false);
    expect(req.hidden).not.toContain(id);
  }
  // Doses: from the plan (first entry wins) or the catalogue, trimmed to no less than two thirds.
  const planned = (id: StretchId) => req.plan?.stretches.find((p) => p.id === id);
  const planFits = offerable.some((s) => {
    const entry = planned(s.id);
    return entry !== undefined && minDurationSec(s, entry) <= req.budgetSec;
  });
  for (const item of routine.items) {
    const stretch = stretchById(item.id);
    const entry = planFits ? planned(item.id) : undefined;
    if (planFits) expect(entry, 'a plan that fits is followed').toBeDefined();
    expect(item.durationSec).toBe(durationSec(stretch, item));
    expect(item.durationSec).toBeLessThanOrEqual(durationSec(stretch, entry));
    expect(item.durationSec).toBeGreaterThanOrEqual(minDurationSec(stretch, entry));
  }
  if (chosen.length === 0) {
    for (const s of offerable) expect(minDurationSec(s)).toBeGreaterThan(req.budgetSec);
  }
}

describe('rules over generated requests', () => {
  it('keeps every rule, and gives the same answer twice, over 2000 requests', () => {
    const random = mulberry32(20261123);
    const seen = { empty: 0, full: 0, trimmed: 0, planned: 0 };
    for (let n = 0; n < 2000; n++) {
      const req = randomRequest(random);
      const routine = pickRoutine(req);
      expectRulesKept(req, routine);
      expect(pickRoutine(structuredClone(req))).toEqual(routine);
      if (routine.items.length === 0) seen.empty++;
      if (routine.items.length === 3) seen.full++;
      if (routine.items.some((i) => i.durationSec < durationSec(stretchById(i.id)))) seen.trimmed++;
      if (req.plan && routine.items.some((i) => req.plan?.stretches.some((p) => p.id === i.id))) {
        seen.planned++;
      }
    }
    // The generator must reach every kind of answer, or the checks above prove little.
    for (const count of Object.values(seen)) expect(count).toBeGreaterThan(20);
  });
});

/** A day of consecutive prompts, each routine fed back as history. */
function simulateDay(base: Partial<RoutineRequest>, prompts: number): Routine[] {
  const routines: Routine[] = [];
  let req = request(base);
  for (let n = 0; n < prompts; n++) {
    const routine = pickRoutine(req);
    expectRulesKept(req, routine);
    routines.push(routine);
    req = { ...req, earlierToday: [...req.earlierToday, ...ids(routine)], previous: ids(routine) };
  }
  return routines;
}

describe('variety through a day', () => {
  it('varies groups and stretches, and never leads with one group twice in a row', () => {
    for (let day = 0; day < 30; day++) {
      const dayStart = new Date(2026, 10, 1 + day).getTime();
      const routines = simulateDay({ dayStart, budgetSec: 120 }, 8 + (day % 5));
      const offered = routines.flatMap(ids);
      expect(new Set(offered).size).toBeGreaterThanOrEqual(8);
      expect(new Set(offered.map(mainGroup)).size).toBeGreaterThanOrEqual(4);
      const leads = routines.map((r) => mainGroup(r.items[0]?.id ?? 'walk-break'));
      for (let n = 1; n < leads.length; n++) expect(leads[n]).not.toBe(leads[n - 1]);
    }
  });

  it('still keeps every rule under heavy filters', () => {
    for (const budgetSec of [60, 120, 300] as RoutineBudgetSec[]) {
      for (const hidden of [
        [],
        ['seated-glute-squeeze'],
        only('seated-pelvic-tilt'),
      ] as StretchId[][]) {
        const routines = simulateDay({ budgetSec, filters: allFilters, hidden }, 12);
        for (let n = 1; n < routines.length; n++) {
          const before = ids(routines[n - 1] as Routine);
          expect(ids(routines[n] as Routine).filter((id) => before.includes(id))).toEqual([]);
        }
      }
    }
  });

  it('on the office filter, works through the desk stretches before repeating many', () => {
    const routines = simulateDay(
      { budgetSec: 120, filters: { ...noFilters, officeOnly: true } },
      4,
    );
    expect(new Set(routines.flatMap(ids)).size).toBe(8);
  });
});
