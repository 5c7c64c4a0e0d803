// Restoring the stored engine state: whole states come back as they were, damaged ones start afresh.
import { describe, expect, it } from 'vitest';
import { initialState, restoreState } from '../../../core/engine-state';
import { at, Sim } from './drive';

describe('restoreState', () => {
  it('returns a whole state unchanged, through a JSON round trip as storage does', () => {
    const sim = new Sim();
    sim.runUntil(at('09:30'));
    sim.send({ type: 'snooze', at: at('09:31') });
    const stored = JSON.parse(JSON.stringify(sim.state));
    expect(restoreState(stored, at('09:32'))).toEqual(sim.state);
  });

  it.each([
    ['nothing', undefined],
    ['a string', 'sitting'],
    ['another version', { ...initialState(0), version: 2 }],
    ['a broken bout', { ...initialState(0), bout: { id: 'b1', startedAt: 'nine' } }],
    ['an unknown presence', { ...initialState(0), presence: 'asleep' }],
  ])('starts afresh from %s', (_, stored) => {
    expect(restoreState(stored, at('10:00'))).toEqual(initialState(at('10:00')));
  });
});
