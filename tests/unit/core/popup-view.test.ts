// The popup's view: made from the state and settings by the engine's own rules, with explicit times.
import { describe, expect, it } from 'vitest';
import { asPopupView, minutesUntil, popupView } from '../../../core/popup-view';
import { defaultSettings } from '../../../core/settings';
import { anytime, at, Sim } from './drive';

const log = { ok: true, waiting: 0 };

describe('popupView', () => {
  it('takes the next break from the engine: the limit, then the end of a snooze', () => {
    const sim = new Sim();
    sim.runUntil(at('09:12'));
    expect(popupView(sim.state, anytime, null, log, at('09:12'))).toMatchObject({
      status: 'sitting',
      boutStartedAt: at('09:00'),
      breakDueAt: at('09:30'),
    });
    sim.runUntil(at('09:30'));
    sim.answer({ type: 'snooze', at: at('09:31') });
    expect(popupView(sim.state, anytime, null, log, at('09:31'))).toMatchObject({
      status: 'sitting',
      breakDueAt: at('09:41'),
      prompt: null,
    });
  });

  it('names the pending prompt and whether a snooze is left', () => {
    const sim = new Sim({ ...anytime, maxSnoozes: 1 });
    sim.runUntil(at('09:30'));
    const id = sim.state.prompt?.id;
    expect(popupView(sim.state, sim.settings, null, log, at('09:30')).prompt).toEqual({
      id,
      snoozeMin: 10,
    });
    sim.answer({ type: 'snooze', at: at('09:30') });
    sim.runUntil(at('09:40'));
    expect(popupView(sim.state, sim.settings, null, log, at('09:40')).prompt?.snoozeMin).toBeNull();
  });

  it('says paused until when, standing, off hours, and the log waiting', () => {
    const paused = new Sim();
    paused.send({ type: 'pause', at: at('09:05'), kind: '1h' });
    expect(popupView(paused.state, anytime, null, log, at('09:05'))).toMatchObject({
      status: 'paused',
      pausedUntil: at('10:05'),
      boutStartedAt: null,
      breakDueAt: null,
    });
    const evening = new Sim(defaultSettings, at('19:00'));
    const down = { ok: false, waiting: 4, error: 'gone' };
    expect(popupView(evening.state, defaultSettings, null, down, at('19:00'))).toMatchObject({
      status: 'offHours',
      log: { ok: false, waiting: 4 },
    });
  });

  it('counts the minutes to the break up: 1 min until the very moment, then none', () => {
    expect(minutesUntil(at('09:30'), at('09:29:01'))).toBe(1);
    expect(minutesUntil(at('09:30'), at('09:30'))).toBe(0);
  });
});

describe('asPopupView', () => {
  it('takes a view of this version only', () => {
    const view = popupView(new Sim().state, anytime, null, log, at('09:00'));
    expect(asPopupView(JSON.parse(JSON.stringify(view)))).toEqual(view);
    for (const stored of [null, undefined, 'view', { ...view, version: 1 }, { ...view, at: 'x' }]) {
      expect(asPopupView(stored)).toBeNull();
    }
  });
});
