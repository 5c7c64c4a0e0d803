// The quick check pages paint with: it vouches for what the background writes and nothing else.
import { describe, expect, it } from 'vitest';
import { initialState, restoreState } from '../../../core/engine-state';
import { quickState } from '../../../core/engine-state-quick';
import { at, Sim } from './drive';

/** States the engine really reaches, stored as storage keeps them. */
function reachedStates(): unknown[] {
  const sim = new Sim();
  const seen: unknown[] = [];
  const keep = () => seen.push(JSON.parse(JSON.stringify(sim.state)));
  keep();
  sim.runUntil(at('09:30'));
  keep(); // a prompt is due
  sim.answer({ type: 'snooze', at: at('09:31') });
  keep();
  sim.send({ type: 'pause', at: at('09:32'), kind: '1h' });
  keep();
  sim.send({ type: 'resume', at: at('09:40') });
  sim.send({ type: 'standing', at: at('09:41'), on: true });
  keep();
  return seen;
}

describe('quickState', () => {
  it('takes every state the engine writes as restoreState does', () => {
    for (const stored of reachedStates()) {
      expect(quickState(stored)).toEqual(restoreState(stored, at('10:00')));
    }
  });

  it('leaves an older version to restoreState', () => {
    expect(quickState({ ...initialState(at('09:00')), version: 1 })).toBeNull();
  });

  it.each([
    ['nothing', undefined],
    ['null', null],
    ['a string', 'sitting'],
    ['a future version', { ...initialState(0), version: 4 }],
    ['a broken bout', { ...initialState(0), bout: { id: 'b1', startedAt: 'nine' } }],
    ['a prompt without an id', { ...initialState(0), prompt: { dueAt: 0 } }],
    ['a broken pause', { ...initialState(0), paused: { until: 'later' } }],
    ['standing that is not a boolean', { ...initialState(0), standing: 'yes' }],
    ['a missing snooze count', { ...initialState(0), snoozesInRow: undefined }],
  ])('leaves %s to restoreState', (_, stored) => {
    expect(quickState(stored)).toBeNull();
  });
});
