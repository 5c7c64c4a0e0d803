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
  minDurationSec,
  noFilters,
  type StretchId,
  stretchById,
  stretches,
  switchSidesSec,
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
              side: pick([undefined, 'both', 'left', 'right'] as const),
              perDay: random() < 0.4 ? 1 + Math.floor(random() * 8) : undefined,
              note: random() < 0.3 ? 'Keep the hips level' : undefined,
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

/** Whether a plan's side makes the stretch one-sided: left or right, on a two-sided stretch. */
function oneSide(id: StretchId, entry: PlanStretch | undefined): boolean {
  const { dose } = stretchById(id);
  const sided = entry?.side === 'left' || entry?.side === 'right';
  return sided && dose.kind !== 'walk' && dose.sides === 2;
}

/** Both sides take twice one side and a switch: one side alone is the rest, halved. */
const half = (twoSidedSec: number) => (twoSidedSec - switchSidesSec) / 2;

/** Every rule a routine must keep, whatever it was asked. */
function expectRulesKept(req: RoutineRequest, routine: Routine): void {
  const chosen = ids(routine);
  expect(routine.totalSec).toBeLessThanOrEqual(req.budgetSec);
  expect(routine.totalSec).toBe(routine.items.reduce((sum, i) => sum + i.durationSec, 0));
  expect(chosen.length).toBeLessThanOrEqual(maxItems(req.budgetSec));
  expect(new Set(chosen).size).toBe(chosen.length);
  expect(routine.alternative).toBe('walk-break');
  const allowed = allowedStretches(req.filters, req.hidden).filter((s) => s.id !== 'walk-break');
  const offerable = allowed.filter((s) => !req.previous.includes(s.id));
  for (const id of chosen) {
    expect(allowed.map((s) => s.id)).toContain(id);
    expect(breaksAFilter(id, req.filters), id).toBe(false);
    expect(req.hidden).not.toContain(id);
  }
  // A plan (first entry wins) is followed alone; without one, the catalogue.
  const planned = (id: StretchId) => req.plan?.stretches.find((p) => p.id === id);
  const inForce = (req.plan?.stretches.length ?? 0) > 0;
  const minSec = (id: StretchId) => {
    const full = minDurationSec(stretchById(id), planned(id));
    return oneSide(id, planned(id)) ? half(full) : full;
  };
  for (const item of routine.items) {
    const stretch = stretchById(item.id);
    const entry = planned(item.id);
    if (inForce) expect(entry, 'only the plan is followed').toBeDefined();
    const sided = oneSide(item.id, entry);
    expect(item.side).toBe(sided ? entry?.side : undefined);
    const worked = (sec: number) => (sided ? half(sec) : sec);
    expect(item.durationSec).toBe(worked(durationSec(stretch, item)));
    expect(item.durationSec).toBeLessThanOrEqual(worked(durationSec(stretch, entry)));
    expect(item.durationSec).toBeGreaterThanOrEqual(minSec(item.id));
  }
  const walkEntry = allowedStretches(req.filters, req.hidden).some((s) => s.id === 'walk-break')
    ? planned('walk-break')
    : undefined;
  const walkSec = walkEntry?.holdSec;
  expect(routine.alternativeSec).toBe(
    walkSec !== undefined && walkSec >= 1 ? Math.round(walkSec) : Math.min(req.budgetSec, 120),
  );
  if (!inForce) {
    for (const id of chosen) expect(req.previous).not.toContain(id);
    if (chosen.length === 0) {
      for (const s of offerable) expect(minDurationSec(s)).toBeGreaterThan(req.budgetSec);
    }
    return;
  }
  // Under a plan the routine just offered comes back only when nothing else of the plan fits.
  const fresh = offerable.filter((s) => planned(s.id));
  if (chosen.some((id) => req.previous.includes(id))) {
    for (const s of fresh) expect(minSec(s.id)).toBeGreaterThan(req.budgetSec);
  }
  if (chosen.length === 0) {
    for (const s of allowed.filter((s) => planned(s.id))) {
      expect(minSec(s.id)).toBeGreaterThan(req.budgetSec);
    }
  }
}

describe('rules over generated requests', () => {
  it('keeps every rule, and gives the same answer twice, over 2000 requests', () => {
    const random = mulberry32(20261123);
    const seen = { empty: 0, full: 0, trimmed: 0, planned: 0, oneSided: 0, walkOnly: 0 };
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
      if (routine.items.some((i) => i.side)) seen.oneSided++;
      if (req.plan && routine.items.length === 0) seen.walkOnly++;
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
