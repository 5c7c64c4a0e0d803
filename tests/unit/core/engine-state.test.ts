// Restoring the stored engine state: whole states come back as they were, damaged ones start afresh.
import { describe, expect, it } from 'vitest';
import { initialState, restoreState } from '../../../core/engine-state';
import { at, Sim } from './drive';

describe('restoreState', () => {
  it('returns a whole state unchanged, through a JSON round trip as storage does', () => {
    const sim = new Sim();
    sim.runUntil(at('09:30'));
    sim.answer({ type: 'snooze', at: at('09:31') });
    const stored = JSON.parse(JSON.stringify(sim.state));
    expect(restoreState(stored, at('09:32'))).toEqual(sim.state);
  });

  it('brings a version 1 state up to date, keeping its bout, prompt and outbox', () => {
    const v1 = {
      ...initialState(at('09:00')),
      version: 1,
      bout: { id: 'b1', startedAt: at('09:00') },
      dueBase: at('09:00'),
      prompt: { id: 'p2', dueAt: at('09:30'), shownAt: at('09:30') },
      outbox: [
        {
          kind: 'prompt',
          row: {
            id: 'p1',
            boutId: 'b0',
            trigger: 'limit',
            dueAt: at('08:30'),
            shownAt: at('08:30'),
            settledAt: at('08:31'),
            outcome: 'skipped',
            snoozesBefore: 0,
          },
        },
      ],
    };
    const restored = restoreState(JSON.parse(JSON.stringify(v1)), at('09:31'));
    expect(restored.version).toBe(3);
    expect(restored).toMatchObject({ owedSince: null, manualFloor: null });
    expect(restored.bout).toEqual(v1.bout);
    expect(restored.prompt).toEqual({
      id: 'p2',
      trigger: 'limit',
      dueAt: at('09:30'),
      shownAt: at('09:30'),
      offered: [],
      routineStartedAt: null,
      progress: null,
    });
    expect(restored.outbox[0]?.row).toMatchObject({ id: 'p1', offered: [], completed: [] });
  });

  it.each([
    ['nothing', undefined],
    ['a string', 'sitting'],
    ['a future version', { ...initialState(0), version: 4 }],
    ['a broken bout', { ...initialState(0), bout: { id: 'b1', startedAt: 'nine' } }],
    ['an unknown presence', { ...initialState(0), presence: 'asleep' }],
  ])('starts afresh from %s', (_, stored) => {
    expect(restoreState(stored, at('10:00'))).toEqual(initialState(at('10:00')));
  });
});
