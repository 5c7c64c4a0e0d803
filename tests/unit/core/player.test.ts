// The routine player's clock: ready, work, switch sides, auto-advance, pause, back and next.
import { describe, expect, it } from 'vitest';
import {
  back,
  currentRep,
  next,
  type PlayerItem,
  secondsLeft,
  setPaused,
  startPlayer,
  tick,
} from '../../../core/player';

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
