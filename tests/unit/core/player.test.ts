// The routine player's clock: ready, work, switch sides (or one side only), auto-advance, pause, back.
import { describe, expect, it } from 'vitest';
import {
  back,
  currentRep,
  itemSec,
  itemSides,
  next,
  type PlayerItem,
  type PlayerState,
  readySec,
  secondsLeft,
  setPaused,
  startPlayer,
  tick,
} from '../../../core/player';
import { pickRoutine } from '../../../core/routine';
import { itemDose } from '../../../core/routine-plan';
import { noFilters } from '../../../core/stretches';

const figure4: PlayerItem = {
  id: 'seated-figure-4',
  dose: { kind: 'hold', seconds: 30, sides: 2 },
};
const squeeze: PlayerItem = {
  id: 'seated-glute-squeeze',
  dose: { kind: 'reps', count: 10, secondsPerRep: 5, sides: 1 },
};
const walk: PlayerItem = { id: 'walk-break', dose: { kind: 'walk', seconds: 120 } };

const s = 1000;

describe('routine player', () => {
  it('gets ready, holds the first side, switches, holds the second, then moves on', () => {
    let p = startPlayer([figure4, squeeze]);
    expect(p).toMatchObject({ index: 0, phase: 'ready', side: 0 });
    expect(secondsLeft(p)).toBe(5);
    p = tick(p, 5 * s);
    expect(p).toMatchObject({ phase: 'work', side: 0 });
    expect(secondsLeft(p)).toBe(30);
    p = tick(p, 29.5 * s);
    expect(secondsLeft(p)).toBe(1);
    p = tick(p, 0.5 * s);
    expect(p).toMatchObject({ phase: 'switch', side: 0 });
    p = tick(p, 5 * s);
    expect(p).toMatchObject({ phase: 'work', side: 1 });
    p = tick(p, 30 * s);
    expect(p).toMatchObject({ index: 1, phase: 'ready', completed: ['seated-figure-4'] });
  });

  it('counts reps and finishes after the last stretch', () => {
    let p = startPlayer([squeeze]);
    p = tick(p, 5 * s);
    expect(currentRep(p)).toBe(1);
    p = tick(p, 12 * s);
    expect(currentRep(p)).toBe(3);
    p = tick(p, 38 * s);
    expect(p).toMatchObject({ phase: 'finished', completed: ['seated-glute-squeeze'] });
    expect(tick(p, 60 * s)).toBe(p);
  });

  it('crosses several phases in one long tick, as after a throttled background tab', () => {
    const p = tick(startPlayer([figure4, walk]), (5 + 30 + 5 + 30 + 5 + 10) * s);
    expect(p).toMatchObject({ index: 1, phase: 'work', completed: ['seated-figure-4'] });
    expect(secondsLeft(p)).toBe(110);
  });

  it('stands still while paused', () => {
    let p = tick(startPlayer([figure4]), 10 * s);
    p = setPaused(p, true);
    expect(tick(p, 60 * s)).toBe(p);
    p = tick(setPaused(p, false), 1 * s);
    expect(secondsLeft(p)).toBe(24);
  });

  it('skips with next, without counting the stretch as done', () => {
    let p = tick(startPlayer([figure4, squeeze]), 12 * s);
    p = next(p);
    expect(p).toMatchObject({ index: 1, phase: 'ready', completed: [] });
    p = next(p);
    expect(p.phase).toBe('finished');
  });

  it('goes back to the start of the stretch, or to the one before from its get-ready', () => {
    let p = tick(startPlayer([figure4, squeeze]), 80 * s);
    expect(p).toMatchObject({ index: 1, phase: 'work' });
    p = back(p);
    expect(p).toMatchObject({ index: 1, phase: 'ready', completed: ['seated-figure-4'] });
    p = back(p);
    expect(p).toMatchObject({ index: 0, phase: 'ready', completed: [] });
  });
});

describe('one-sided items', () => {
  const leftOnly: PlayerItem = { ...figure4, side: 'left', note: 'Keep the hips level' };
  const phases = (start: PlayerState, totalSec: number) => {
    const seen: string[] = [];
    let p = start;
    for (let t = 0; t < totalSec * 4; t++) {
      p = tick(p, 250);
      seen.push(`${p.index}:${p.phase}:${p.side}`);
    }
    return { last: p, seen: [...new Set(seen)] };
  };

  it('works the one side once, with no switch, then moves on', () => {
    let p = startPlayer([leftOnly, squeeze]);
    p = tick(p, 5 * s);
    expect(p).toMatchObject({ phase: 'work', side: 0 });
    expect(secondsLeft(p)).toBe(30);
    p = tick(p, 30 * s);
    expect(p).toMatchObject({ index: 1, phase: 'ready', completed: ['seated-figure-4'] });
    const run = phases(startPlayer([leftOnly]), 40);
    expect(run.seen).toEqual(['0:ready:0', '0:work:0', '1:finished:0']);
    expect(run.last).toMatchObject({ phase: 'finished', completed: ['seated-figure-4'] });
  });

  it('takes its get-ready and one side of work in all, half what both sides and a switch take', () => {
    expect(itemSides(leftOnly)).toBe(1);
    expect(itemSides(figure4)).toBe(2);
    expect(itemSec(leftOnly)).toBe(30);
    expect(itemSec(figure4)).toBe(65);
    expect(itemSec({ ...squeeze, side: 'right' })).toBe(50);
    expect(itemSec(walk)).toBe(120);
    const items = [leftOnly, { ...figure4, side: 'right' as const }, squeeze];
    const total = items.reduce((sum, item) => sum + readySec + itemSec(item), 0);
    expect(total).toBe(5 + 30 + 5 + 30 + 5 + 50);
    const almost = tick(startPlayer(items), total * s - 1);
    expect(almost.phase).toBe('work');
    expect(tick(almost, 1)).toMatchObject({ phase: 'finished', completed: items.map((i) => i.id) });
  });

  it("plays a plan's one-sided item for the time the picker gave it", () => {
    const routine = pickRoutine({
      dayStart: new Date(2026, 10, 23).getTime(),
      budgetSec: 120,
      filters: noFilters,
      hidden: [],
      earlierToday: [],
      previous: [],
      plan: {
        stretches: [
          { id: 'seated-figure-4', holdSec: 45, side: 'right' },
          { id: 'clamshell', reps: 12, side: 'left' },
        ],
      },
    });
    expect(routine.items.every((item) => item.side)).toBe(true);
    for (const item of routine.items) {
      const dose = itemDose(item);
      expect(dose).toBeDefined();
      if (dose) expect(itemSec({ id: item.id, dose, side: item.side })).toBe(item.durationSec);
    }
  });

  it('goes back to the start of a one-sided stretch, and skips it with next', () => {
    let p = tick(startPlayer([leftOnly, squeeze]), 20 * s);
    p = back(p);
    expect(p).toMatchObject({ index: 0, phase: 'ready', side: 0, completed: [] });
    p = next(p);
    expect(p).toMatchObject({ index: 1, phase: 'ready', completed: [] });
  });
});
