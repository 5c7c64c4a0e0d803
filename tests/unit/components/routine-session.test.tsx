// @vitest-environment happy-dom
// A routine session: names the prompt it answers, holds its port while playing, and follows a
// prompt settled elsewhere ("Already recorded") without counting anything twice.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { RoutineSession } from '../../../components/RoutineSession';
import { type AnswerVerdict, type EngineState, manualId } from '../../../core/engine-types';
import type { AnswerMessage } from '../../../messages';
import { stubBrowserGaps } from '../background/fakes';
import { anytime, at, Sim } from '../core/drive';

/** `hold`, when given, delays the background's reply to an answer until it resolves. */
function session(
  state: EngineState,
  verdict: AnswerVerdict = 'recorded',
  hold?: (m: AnswerMessage) => Promise<void>,
) {
  const answers: AnswerMessage[] = [];
  const watched: string[] = [];
  const stopped: string[] = [];
  const close = vi.fn();
  const props = {
    settings: anytime,
    now: at('09:31'),
    loadHistory: async () => ({ earlierToday: [], previous: [] }),
    send: async () => {},
    answer: async (m: AnswerMessage) => {
      answers.push(m);
      if (hold) await hold(m);
      return verdict;
    },
    watch: (id: string) => {
      watched.push(id);
      return () => void stopped.push(id);
    },
    hideStretch: async () => {},
    close,
    makeManualId: () => fixedId,
  };
  const view = render(<RoutineSession {...props} state={state} />);
  const rerender = (next: EngineState) => view.rerender(<RoutineSession {...props} state={next} />);
  return { answers, watched, stopped, close, rerender };
}

/** The id a "Stretch now" started at 09:31 gets. */
const fixedId = manualId(at('09:31'), 'fixed');

const button = (name: string | RegExp) => screen.getByRole('button', { name });
// A flush, not a sleep: the props stand in for the background with plain promises, so one
// macrotask turn inside act() runs every reply and the renders they cause. Several checks are
// that something did not show ("Already recorded"), which has no element to wait for.
const settle = () => act(() => new Promise<void>((r) => setTimeout(r, 0)));

beforeEach(() => {
  fakeBrowser.reset();
  stubBrowserGaps({ fullscreen: false });
});
afterEach(cleanup);

describe('RoutineSession', () => {
  it('starts the pending prompt by its id and watches it while it plays', async () => {
    const sim = new Sim();
    sim.runUntil(at('09:30'));
    const id = sim.state.prompt?.id ?? '';
    const s = session(sim.state);
    await settle();
    fireEvent.click(button('Start'));
    await settle();
    expect(s.answers[0]).toEqual({ type: 'routineStarted', promptId: id });
    expect(s.watched).toEqual([id]);
    expect(s.answers.slice(1)).toContainEqual(
      expect.objectContaining({ type: 'routineProgress', promptId: id, completed: [] }),
    );
  });

  it('shows "Already recorded" when its prompt is settled in another window', async () => {
    const sim = new Sim();
    sim.runUntil(at('09:30'));
    const s = session(sim.state);
    await settle();
    fireEvent.click(button('Start'));
    await settle();
    sim.answer({ type: 'tookBreak', at: at('09:32') });
    s.rerender(sim.state);
    expect(screen.getByRole('heading', { name: 'Already recorded' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Stop here' })).toBeNull();
    fireEvent.click(button('Close'));
    expect(s.close).toHaveBeenCalledTimes(1);
  });

  it('gives "Stretch now" an id of its own, and is not "already recorded" before it is pending', async () => {
    const sim = new Sim();
    const s = session(sim.state);
    await settle();
    fireEvent.click(button('Start'));
    await settle();
    expect(s.answers[0]).toEqual({ type: 'routineStarted', promptId: fixedId });
    expect(screen.queryByRole('heading', { name: 'Already recorded' })).toBeNull();
    sim.send({ type: 'routineStarted', at: at('09:31'), promptId: fixedId });
    s.rerender(sim.state);
    fireEvent.click(button('Stop here'));
    await settle();
    expect(s.answers.at(-1)).toEqual({
      type: 'routineFinished',
      promptId: fixedId,
      outcome: 'partial',
      completed: [],
    });
    expect(s.stopped).toEqual([fixedId]);
    expect(s.close).toHaveBeenCalledTimes(1);
  });

  it('says "Already recorded" when the background calls its answer stale', async () => {
    const sim = new Sim();
    sim.runUntil(at('09:30'));
    session(sim.state, 'stale');
    await settle();
    fireEvent.click(button('Skip'));
    await settle();
    expect(screen.getByRole('heading', { name: 'Already recorded' })).toBeTruthy();
  });

  it('shows the safety advice after "This hurt" even when the stored state says settled before the reply', async () => {
    const sim = new Sim();
    sim.runUntil(at('09:30'));
    const id = sim.state.prompt?.id ?? '';
    let reply = () => {};
    const replied = new Promise<void>((r) => (reply = r));
    const s = session(sim.state, 'recorded', (m) =>
      m.type === 'routineFinished' ? replied : Promise.resolve(),
    );
    await settle();
    fireEvent.click(button('Start'));
    await settle();
    sim.send({ type: 'routineStarted', at: at('09:31'), promptId: id });
    s.rerender(sim.state);
    fireEvent.click(button('This hurt'));
    await settle();
    // The background has recorded it and the page sees the stored state before the reply.
    const message = s.answers.at(-1);
    expect(message).toMatchObject({ type: 'routineFinished', promptId: id, outcome: 'hurt' });
    sim.answer({ type: 'routineFinished', at: at('09:32'), outcome: 'hurt', completed: [] });
    expect(sim.state.prompt).toBeNull();
    s.rerender(sim.state);
    expect(screen.queryByRole('heading', { name: 'Already recorded' })).toBeNull();
    reply();
    await settle();
    expect(screen.getByRole('heading', { name: /Stop, and take care/ })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Already recorded' })).toBeNull();
    expect(s.close).not.toHaveBeenCalled();
  });
});
