// The badge: minutes of the bout, a colour that warms as the limit nears, marks for the other states.
import { describe, expect, it } from 'vitest';
import { badgeColors, badgeFor, status } from '../../../core/badge';
import { defaultSettings } from '../../../core/settings';
import { anytime, at, Sim } from './drive';

describe('badge', () => {
  it('shows the minutes sat in five-minute steps, warming in colour as the limit nears', () => {
    const sim = new Sim();
    const badgeAt = (time: string) => badgeFor(sim.state, anytime, at(time));
    sim.runUntil(at('09:14'));
    // Painted at each beat, it says what stays true until the next one: 14 minutes reads 10.
    expect(badgeAt('09:14')).toEqual({ text: '10', color: badgeColors.fresh });
    sim.runUntil(at('09:15'));
    expect(badgeAt('09:15')).toEqual({ text: '15', color: badgeColors.halfway });
    sim.runUntil(at('09:24'));
    expect(badgeAt('09:24')).toEqual({ text: '20', color: badgeColors.halfway });
    sim.runUntil(at('09:25'));
    expect(badgeAt('09:25')).toEqual({ text: '25', color: badgeColors.nearly });
    sim.runUntil(at('09:30'));
    expect(badgeAt('09:30')).toEqual({ text: '30!', color: badgeColors.due });
    expect(status(sim.state, anytime, at('09:30'))).toBe('due');
  });

  it('steps with the bout, not the clock: a bout started at 09:03 reads 5 at 09:08', () => {
    const fresh = new Sim(anytime, at('09:03'));
    fresh.runUntil(at('09:08'));
    expect(badgeFor(fresh.state, anytime, at('09:07')).text).toBe('0');
    expect(badgeFor(fresh.state, anytime, at('09:08')).text).toBe('5');
    expect(fresh.wake()).toBe(at('09:13'));
  });

  it('marks pause and standing, and is empty when away or off hours', () => {
    const paused = new Sim();
    paused.send({ type: 'pause', at: at('09:05'), kind: '1h' });
    expect(badgeFor(paused.state, anytime, at('09:05')).text).toBe('II');
    expect(status(paused.state, anytime, at('09:05'))).toBe('paused');

    const standing = new Sim();
    standing.send({ type: 'standing', at: at('09:05'), on: true });
    expect(badgeFor(standing.state, anytime, at('09:05')).text).toBe('UP');

    const away = new Sim();
    away.idle(at('09:10'));
    away.runUntil(at('09:20'));
    expect(badgeFor(away.state, anytime, at('09:20')).text).toBe('');
    expect(status(away.state, anytime, at('09:20'))).toBe('away');

    const evening = new Sim(defaultSettings, at('19:00'));
    expect(badgeFor(evening.state, defaultSettings, at('19:00')).text).toBe('');
    expect(status(evening.state, defaultSettings, at('19:00'))).toBe('offHours');
  });
});
