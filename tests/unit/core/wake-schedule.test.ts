// When the background wakes (docs/counting.md#the-beat): every five minutes while someone sits or
// stands, at each deadline, and never while the user is away or outside working hours. Explicit
// local times, default settings (09:00 Monday 23 November 2026 is inside working hours).
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../core/settings';
import { at, Sim } from './drive';

const hhmm = (t: number | null) => (t === null ? null : new Date(t).toTimeString().slice(0, 5));

/** Every time the engine asks to be woken from now until `until`, firing each on time. */
function wakes(sim: Sim, until: number): string[] {
  const times: string[] = [];
  for (let wake = sim.wake(); wake !== null && wake <= until; wake = sim.wake()) {
    times.push(hhmm(wake) ?? '');
    sim.runUntil(wake);
  }
  return times;
}

describe('the wake-up schedule', () => {
  it('wakes 12 times in an hour of sitting: the beat, and the prompt on its own beat', () => {
    const sim = new Sim(defaultSettings, at('09:00'));
    const first = wakes(sim, at('09:30'));
    expect(first).toEqual(['09:05', '09:10', '09:15', '09:20', '09:25', '09:30']);
    // The limit fell on a beat and raised the prompt; a break taken ends the bout, a new one starts.
    expect(sim.state.prompt?.dueAt).toBe(at('09:30'));
    sim.send({ type: 'tookBreak', at: at('09:31'), promptId: sim.state.prompt?.id ?? '' });
    expect(sim.state.bout?.startedAt).toBe(at('09:31'));
    const second = wakes(sim, at('10:00'));
    expect(second).toEqual(['09:36', '09:41', '09:46', '09:51', '09:56']);
    expect(first.length + second.length).toBe(11);
  });

  it('looks at an unanswered prompt when it goes stale, between beats', () => {
    const sim = new Sim(defaultSettings, at('09:02'));
    sim.runUntil(at('09:32'));
    expect(sim.state.prompt?.shownAt).toBe(at('09:32'));
    // Ten minutes unanswered is 09:42, before the 09:47 beat but after the 09:37 one.
    expect(wakes(sim, at('09:47'))).toEqual(['09:37', '09:42', '09:47']);
    expect(sim.prompts()[0]).toMatchObject({ outcome: 'missed', settledAt: at('09:42') });
  });

  it('wakes every five minutes while standing', () => {
    const sim = new Sim(defaultSettings, at('09:00'));
    sim.send({ type: 'standing', at: at('09:03'), on: true });
    expect(wakes(sim, at('09:20'))).toEqual(['09:08', '09:13', '09:18']);
  });

  it('does not wake while the user is away, once the break has ended the bout', () => {
    const sim = new Sim(defaultSettings, at('09:00'));
    sim.runUntil(at('09:10'));
    sim.idle(at('09:12'));
    // "Idle" comes a minute after the last input (09:11); the break falls due five minutes after
    // that, at 09:16, and ends the bout. Then nothing wakes the engine until an event.
    expect(wakes(sim, at('12:00'))).toEqual(['09:15', '09:16']);
    expect(sim.state.bout).toBeNull();
    expect(sim.wake()).toBeNull();
  });

  it('does not wake outside working hours, except to start the next day', () => {
    const sim = new Sim(defaultSettings, at('17:50'));
    expect(wakes(sim, at('18:00'))).toEqual(['17:55', '18:00']);
    expect(sim.state.bout).toBeNull();
    expect(hhmm(sim.wake())).toBe('08:00');
    expect(sim.wake()).toBe(at('08:00', 24));
  });

  it('sleeps through the evening and the night for someone who left, until they come back', () => {
    const sim = new Sim(defaultSettings, at('17:00'));
    sim.lock(at('17:30'));
    expect(wakes(sim, at('09:00', 24))).toEqual(['17:35']);
    expect(sim.bouts()).toEqual([
      expect.objectContaining({ startedAt: at('17:00'), endedAt: at('17:30'), end: 'break' }),
    ]);
    sim.active(at('08:30', 24));
    expect(sim.state.bout?.startedAt).toBe(at('08:30', 24));
  });

  it('looks each minute while a fullscreen window holds a prompt back', () => {
    const sim = new Sim(defaultSettings, at('09:00'));
    sim.runUntil(at('09:25'));
    sim.fullscreen = true;
    sim.runUntil(at('09:30'));
    expect(sim.state.prompt).toMatchObject({ dueAt: at('09:30'), shownAt: null });
    expect(wakes(sim, at('09:33'))).toEqual(['09:31', '09:32', '09:33']);
    sim.fullscreen = false;
    sim.runUntil(at('09:34'));
    expect(sim.state.prompt?.shownAt).toBe(at('09:34'));
    expect(hhmm(sim.wake())).toBe('09:35');
  });
});

describe('sleep, told by a late alarm', () => {
  it('counts an alarm a minute late or more as the machine asleep since the last beat', () => {
    const sim = new Sim(defaultSettings, at('09:00'));
    sim.runUntil(at('09:05'));
    // The 09:10 alarm fires at 09:16 on waking.
    sim.send({ type: 'tick', at: at('09:16'), presence: 'active', fullscreen: false });
    expect(sim.bouts()).toEqual([
      expect.objectContaining({ startedAt: at('09:00'), endedAt: at('09:05'), end: 'break' }),
    ]);
    expect(sim.state.bout?.startedAt).toBe(at('09:16'));
  });

  it('takes an alarm less than a minute late as the machine awake (the bout goes on)', () => {
    const sim = new Sim(defaultSettings, at('09:00'));
    sim.runUntil(at('09:05'));
    sim.send({ type: 'tick', at: at('09:10:50'), presence: 'active', fullscreen: false });
    expect(sim.bouts()).toEqual([]);
    expect(sim.state.bout?.startedAt).toBe(at('09:00'));
  });

  it('needs the break length too: a late alarm after a short stop is not a break', () => {
    const sim = new Sim(defaultSettings, at('09:00'));
    sim.runUntil(at('09:05'));
    // A user event at 09:08 is the last thing seen; the 09:10 alarm is two minutes late at 09:12.
    sim.send({ type: 'presence', at: at('09:08'), presence: 'active' });
    sim.send({ type: 'tick', at: at('09:12'), presence: 'active', fullscreen: false });
    expect(sim.bouts()).toEqual([]);
  });
});
