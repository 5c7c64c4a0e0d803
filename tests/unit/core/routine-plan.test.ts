// The routine picker under a care plan: its stretches only, doses, sides, notes, perDay and the walk.
import { describe, expect, it } from 'vitest';
import {
  type PlanStretch,
  pickRoutine,
  type Routine,
  type RoutineRequest,
} from '../../../core/routine';
import { durationSec, noFilters, type StretchId, stretchById } from '../../../core/stretches';

const monday = new Date(2026, 10, 23).getTime();

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

const plan = (...entries: PlanStretch[]) => ({ stretches: entries });
const ids = (r: Routine) => r.items.map((i) => i.id);

/** Consecutive prompts of one day, each routine fed back as history: the ids offered each time. */
function day(base: Partial<RoutineRequest>, prompts: number): string[] {
  const offered: string[] = [];
  let req = request(base);
  for (let n = 0; n < prompts; n++) {
    const routine = pickRoutine(req);
    offered.push(ids(routine).join(' + '));
    req = { ...req, earlierToday: [...req.earlierToday, ...ids(routine)], previous: ids(routine) };
  }
  return offered;
}

describe('a care plan', () => {
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

  it('never offers a prescribed stretch the filters or the user hid, however often prescribed', () => {
    const offered = day(
      {
        budgetSec: 300,
        filters: { ...noFilters, pregnant: true },
        hidden: ['seated-figure-4'],
        plan: plan(
          { id: 'glute-bridge', perDay: 8 },
          { id: 'seated-figure-4', perDay: 8, side: 'left' },
          { id: 'seated-pelvic-tilt' },
        ),
      },
      6,
    );
    expect(new Set(offered)).toEqual(new Set(['seated-pelvic-tilt']));
  });

  it('offers the walk alone, not the catalogue, when the filters leave none of the plan', () => {
    const filters = { ...noFilters, hipReplacement: true };
    const routine = pickRoutine(
      request({ filters, plan: plan({ id: 'pigeon-pose' }, { id: 'seated-figure-4' }) }),
    );
    expect(routine).toEqual({
      items: [],
      totalSec: 0,
      alternative: 'walk-break',
      alternativeSec: 120,
    });
    const hidden = pickRoutine(request({ hidden: ['clamshell'], plan: plan({ id: 'clamshell' }) }));
    expect(hidden.items).toEqual([]);
  });

  it('offers the walk alone when no stretch of the plan fits the routine length', () => {
    const routine = pickRoutine(request({ budgetSec: 60, plan: plan({ id: 'foam-roll-tfl' }) }));
    expect(routine.items).toEqual([]);
    expect(routine.alternativeSec).toBe(60);
  });

  it('brings back a stretch of the routine just offered only when the plan has nothing else', () => {
    const alone = request({ previous: ['seated-figure-4'], plan: plan({ id: 'seated-figure-4' }) });
    expect(pickRoutine(alone).items).toEqual([
      { id: 'seated-figure-4', durationSec: 65, holdSec: 30 },
    ]);
    const two = plan({ id: 'seated-figure-4' }, { id: 'seated-pelvic-tilt' });
    expect(day({ budgetSec: 60, plan: two }, 4)).toEqual([
      'seated-pelvic-tilt',
      'seated-figure-4',
      'seated-pelvic-tilt',
      'seated-figure-4',
    ]);
  });

  it('ignores a plan that names no stretch it knows', () => {
    const unknown = plan({ id: 'retired-stretch' as StretchId });
    expect(pickRoutine(request({ plan: unknown }))).toEqual(pickRoutine(request()));
    expect(pickRoutine(request({ plan: { stretches: [] } }))).toEqual(pickRoutine(request()));
    expect(pickRoutine(request({ plan: undefined }))).toEqual(pickRoutine(request()));
  });
});

describe("a plan's sides and notes", () => {
  it('works a one-sided stretch once, in half the time and with no switch', () => {
    const routine = pickRoutine(
      request({ budgetSec: 60, plan: plan({ id: 'seated-figure-4', side: 'right' }) }),
    );
    expect(routine.items).toEqual([
      { id: 'seated-figure-4', durationSec: 30, holdSec: 30, side: 'right' },
    ]);
    const reps = pickRoutine(
      request({ budgetSec: 60, plan: plan({ id: 'clamshell', reps: 8, side: 'left' }) }),
    );
    expect(reps.items).toEqual([{ id: 'clamshell', durationSec: 24, reps: 8, side: 'left' }]);
  });

  it('counts one side so in the budget: what fits on one side is not trimmed or dropped', () => {
    const both = plan(
      { id: 'seated-figure-4', holdSec: 45 },
      { id: 'standing-itb-stretch', holdSec: 45 },
    );
    expect(pickRoutine(request({ plan: both })).items).toEqual([
      { id: 'seated-figure-4', durationSec: 95, holdSec: 45 },
    ]);
    const oneSide = plan(
      { id: 'seated-figure-4', holdSec: 45, side: 'right' },
      { id: 'standing-itb-stretch', holdSec: 45, side: 'left' },
    );
    const routine = pickRoutine(request({ plan: oneSide }));
    expect(routine.items).toEqual([
      { id: 'seated-figure-4', durationSec: 45, holdSec: 45, side: 'right' },
      { id: 'standing-itb-stretch', durationSec: 45, holdSec: 45, side: 'left' },
    ]);
    expect(routine.totalSec).toBe(90);
    // The foam roller needs 85 s on both sides at the least; one side fits a minute whole.
    const roller = plan({ id: 'foam-roll-tfl', side: 'left' });
    expect(pickRoutine(request({ budgetSec: 60, plan: roller })).items).toEqual([
      { id: 'foam-roll-tfl', durationSec: 60, holdSec: 60, side: 'left' },
    ]);
  });

  it('trims a one-sided hold on the same 5 s grid when over budget', () => {
    const routine = pickRoutine(
      request({ budgetSec: 60, plan: plan({ id: 'seated-figure-4', holdSec: 80, side: 'left' }) }),
    );
    expect(routine.items).toEqual([
      { id: 'seated-figure-4', durationSec: 60, holdSec: 60, side: 'left' },
    ]);
  });

  it("keeps both sides for 'both', and ignores a side on a stretch done once anyway", () => {
    const routine = pickRoutine(
      request({
        budgetSec: 300,
        plan: plan(
          { id: 'seated-figure-4', side: 'both' },
          { id: 'seated-glute-squeeze', side: 'left' },
        ),
      }),
    );
    expect([...routine.items].sort((a, b) => a.id.localeCompare(b.id))).toEqual([
      { id: 'seated-figure-4', durationSec: 65, holdSec: 30 },
      { id: 'seated-glute-squeeze', durationSec: 50, reps: 10 },
    ]);
  });

  it("carries the clinician's note with its stretch, as given, blank ones left out", () => {
    const routine = pickRoutine(
      request({
        budgetSec: 300,
        plan: plan(
          { id: 'seated-figure-4', note: ' Keep <b>the hips</b> level ' },
          { id: 'seated-glute-squeeze', note: '   ' },
        ),
      }),
    );
    const figure4 = routine.items.find((i) => i.id === 'seated-figure-4');
    const squeeze = routine.items.find((i) => i.id === 'seated-glute-squeeze');
    expect(figure4?.note).toBe('Keep <b>the hips</b> level');
    expect(squeeze && 'note' in squeeze).toBe(false);
  });
});

describe("a plan's perDay", () => {
  const three = (perDay?: number) =>
    plan(
      { id: 'seated-figure-4', perDay },
      { id: 'seated-pelvic-tilt' },
      { id: 'standing-calf-stretch' },
    );

  it('favours a stretch until it has been offered perDay times today, then rotation resumes', () => {
    expect(day({ budgetSec: 60, plan: three() }, 6)).toEqual([
      'seated-pelvic-tilt',
      'seated-figure-4',
      'standing-calf-stretch',
      'seated-pelvic-tilt',
      'seated-figure-4',
      'standing-calf-stretch',
    ]);
    expect(day({ budgetSec: 60, plan: three(3) }, 10)).toEqual([
      'seated-figure-4',
      'seated-pelvic-tilt',
      'seated-figure-4',
      'standing-calf-stretch',
      'seated-figure-4',
      // Met: the others, offered less today, come first again.
      'seated-pelvic-tilt',
      'standing-calf-stretch',
      'seated-pelvic-tilt',
      'standing-calf-stretch',
      'seated-figure-4',
    ]);
  });

  it('counts the offers in earlierToday, and rotates as without perDay once met', () => {
    const offeredOnce: StretchId[] = ['seated-figure-4'];
    const req = (perDay?: number, earlierToday = offeredOnce) =>
      request({ budgetSec: 60, earlierToday, plan: three(perDay) });
    expect(ids(pickRoutine(req()))).not.toContain('seated-figure-4');
    expect(ids(pickRoutine(req(2)))).toEqual(['seated-figure-4']);
    const met: StretchId[] = ['seated-figure-4', 'seated-pelvic-tilt', 'seated-figure-4'];
    expect(pickRoutine(req(2, met))).toEqual(pickRoutine(req(undefined, met)));
  });

  it('among stretches still due, favours the one furthest from its count, as a share of it', () => {
    const earlierToday: StretchId[] = ['seated-figure-4', 'seated-pelvic-tilt'];
    const due = plan(
      { id: 'seated-figure-4', perDay: 2 },
      { id: 'seated-pelvic-tilt', perDay: 4 },
      { id: 'standing-calf-stretch' },
    );
    expect(ids(pickRoutine(request({ budgetSec: 60, earlierToday, plan: due })))).toEqual([
      'seated-pelvic-tilt',
    ]);
  });

  it('still never repeats the routine just offered while the plan has another stretch', () => {
    const offered = day(
      {
        budgetSec: 60,
        plan: plan({ id: 'seated-figure-4', perDay: 8 }, { id: 'seated-pelvic-tilt' }),
      },
      4,
    );
    expect(offered).toEqual([
      'seated-figure-4',
      'seated-pelvic-tilt',
      'seated-figure-4',
      'seated-pelvic-tilt',
    ]);
  });
});

describe("a plan's walk", () => {
  it("is the alternative, never an item, with the plan's length and note", () => {
    const routine = pickRoutine(
      request({
        budgetSec: 60,
        plan: plan(
          { id: 'walk-break', holdSec: 90, note: 'Out to the stairs and back' },
          { id: 'seated-pelvic-tilt' },
        ),
      }),
    );
    expect(ids(routine)).toEqual(['seated-pelvic-tilt']);
    expect(routine).toMatchObject({
      alternative: 'walk-break',
      alternativeSec: 90,
      alternativeNote: 'Out to the stairs and back',
    });
  });

  it('is offered alone when the plan names nothing else', () => {
    expect(pickRoutine(request({ plan: plan({ id: 'walk-break', holdSec: 45 }) }))).toEqual({
      items: [],
      totalSec: 0,
      alternative: 'walk-break',
      alternativeSec: 45,
    });
  });

  it('keeps the usual length without a holdSec, and is the plain walk when the user hid it', () => {
    const named = pickRoutine(request({ budgetSec: 60, plan: plan({ id: 'walk-break' }) }));
    expect(named.alternativeSec).toBe(60);
    const hidden = pickRoutine(
      request({
        hidden: ['walk-break'],
        plan: plan({ id: 'walk-break', holdSec: 30, note: 'Briskly' }, { id: 'clamshell' }),
      }),
    );
    expect(hidden).toMatchObject({ alternativeSec: 120 });
    expect('alternativeNote' in hidden).toBe(false);
    expect(ids(hidden)).toEqual(['clamshell']);
  });
});
