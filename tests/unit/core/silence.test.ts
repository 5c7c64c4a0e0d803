// Time the browser was closed or the machine slept is never sitting, and the end of the working day
// is never skipped: the cases of issue 9, with explicit local times (November 2026, the 23rd a Monday).
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../core/settings';
import { anytime, at, min, Sim } from './drive';

const office = defaultSettings; // Mon–Fri 08:00–18:00
const anytimeLimit30 = { ...anytime, sittingLimitMin: 30, breakMin: 5 };

/** The browser closed at `closedAt` and opened again at `openedAt`: no event in between. */
function reopen(sim: Sim, closedAt: number, openedAt: number) {
  sim.runUntil(closedAt);
  sim.send({ type: 'start', at: openedAt, presence: 'active', fullscreen: false });
}

describe('a browser closed overnight or over a weekend', () => {
  it('closed Monday 18:30, opened Tuesday 09:15: a bout from 09:15 and no prompt', () => {
    const sim = new Sim(office, at('17:00'));
    sim.runUntil(at('18:30'));
    const monday = { bouts: sim.bouts(), prompts: sim.prompts(), shown: sim.shown.length };
    expect(monday.bouts).toEqual([
      expect.objectContaining({ startedAt: at('17:00'), endedAt: at('18:00'), end: 'workday' }),
    ]);
    sim.send({ type: 'start', at: at('09:15', 24), presence: 'active', fullscreen: false });
    // Nothing was logged for the night or for 08:00–09:15, and no window opens at start.
    expect(sim.bouts()).toEqual(monday.bouts);
    expect(sim.prompts()).toEqual(monday.prompts);
    expect(sim.shown).toHaveLength(monday.shown);
    expect(sim.state.bout?.startedAt).toBe(at('09:15', 24));
    expect(sim.state.prompt).toBeNull();
  });

  it('closed Monday 18:30 with no bout, opened Tuesday 09:15: nothing from 08:00', () => {
    const sim = new Sim(office, at('18:10'));
    reopen(sim, at('18:30'), at('09:15', 24));
    expect(sim.bouts()).toEqual([]);
    expect(sim.prompts()).toEqual([]);
    expect(sim.state.bout?.startedAt).toBe(at('09:15', 24));
    expect(sim.shown).toEqual([]);
  });

  it('closed Wednesday 18:30, opened Monday 07:50: no bout, no prompt, a bout at 08:00', () => {
    const sim = new Sim(office, at('18:10', 25));
    reopen(sim, at('18:30', 25), at('07:50', 30));
    expect(sim.bouts()).toEqual([]);
    expect(sim.prompts()).toEqual([]);
    expect(sim.state.bout).toBeNull();
    sim.runUntil(at('08:00', 30));
    expect(sim.state.bout?.startedAt).toBe(at('08:00', 30));
    expect(sim.shown).toEqual([]);
  });

  it('a pause that ended while the browser was closed starts nothing by itself', () => {
    const sim = new Sim(office, at('10:00'));
    sim.send({ type: 'pause', at: at('10:05'), kind: '30min' });
    reopen(sim, at('10:06'), at('14:00'));
    expect(sim.bouts()).toEqual([
      expect.objectContaining({ startedAt: at('10:00'), endedAt: at('10:05'), end: 'pause' }),
    ]);
    expect(sim.prompts()).toEqual([]);
    expect(sim.state.bout?.startedAt).toBe(at('14:00'));
  });

  it('a machine asleep with no bout running is not sitting either', () => {
    const sim = new Sim(office, at('09:00'));
    sim.send({ type: 'standing', at: at('09:10'), on: true });
    sim.send({ type: 'standing', at: at('09:20'), on: false });
    // Asleep from 09:25 (no beat, no event) to 11:00; then the browser wakes with a tick.
    sim.runUntil(at('09:25'));
    sim.send({ type: 'tick', at: at('11:00'), presence: 'active', fullscreen: false });
    const sat = sim.bouts().reduce((ms, b) => ms + b.endedAt - b.startedAt, 0);
    expect(sat).toBe(10 * min + 5 * min);
    expect(sim.prompts()).toEqual([]);
    expect(sim.state.bout?.startedAt).toBe(at('11:00'));
  });
});

describe('the end of the working day', () => {
  it('ends the bout at 18:00 even when a prompt falls due at the same instant', () => {
    const sim = new Sim(office, at('17:30'));
    sim.runUntil(at('18:01'));
    expect(sim.bouts()).toEqual([
      expect.objectContaining({ startedAt: at('17:30'), endedAt: at('18:00'), end: 'workday' }),
    ]);
    expect(sim.prompts()).toEqual([]);
    expect(sim.state.bout).toBeNull();
  });

  it('ends the bout at 18:00 when a snooze ends at the same instant', () => {
    const sim = new Sim(office, at('17:20'));
    sim.runUntil(at('17:50'));
    sim.answer({ type: 'snooze', at: at('17:50') }); // back at 18:00
    sim.runUntil(at('18:30'));
    expect(sim.bouts()).toEqual([
      expect.objectContaining({ endedAt: at('18:00'), end: 'workday' }),
    ]);
    expect(sim.prompts().map((p) => p.outcome)).toEqual(['snoozed']);
  });
});

// Found by the property tests (engine-properties.test.ts), pinned here.
describe('what the random sequences found', () => {
  it('a limit that falls due while the machine sleeps raises no prompt: the break comes first', () => {
    const sim = new Sim(anytimeLimit30, at('09:00'));
    sim.runUntil(at('09:27'));
    // Asleep from just after the 09:25 beat to 09:40: the 09:30 alarm (the limit) fires ten
    // minutes late, so the engine knows the machine was not running, and the silence runs from
    // the last time it looked. The limit falls inside the silence.
    sim.send({ type: 'tick', at: at('09:40'), presence: 'active', fullscreen: false });
    expect(sim.prompts()).toEqual([]);
    expect(sim.bouts()).toEqual([
      expect.objectContaining({ startedAt: at('09:00'), endedAt: at('09:25'), end: 'break' }),
    ]);
    expect(sim.state.bout?.startedAt).toBe(at('09:40'));
  });

  it('"I\'m standing" pressed on coming back from a break keeps the user standing', () => {
    const sim = new Sim(anytimeLimit30, at('09:00'));
    sim.lock(at('09:10'));
    sim.runUntil(at('09:20'));
    sim.send({ type: 'standing', at: at('09:20'), on: true });
    expect(sim.state.standing).toBe(true);
    expect(sim.state.bout).toBeNull();
  });

  it('a prompt that fell due after the user left, in a bout with no sitting, names no bout', () => {
    // A break longer than the sitting limit: the prompt comes while the user is away.
    const sim = new Sim({ ...anytimeLimit30, sittingLimitMin: 10, breakMin: 15 }, at('09:00'));
    sim.lock(at('09:00'));
    sim.runUntil(at('09:20'));
    expect(sim.bouts()).toEqual([]);
    expect(sim.prompts()).toEqual([
      expect.objectContaining({ dueAt: at('09:10'), outcome: 'away', boutId: null }),
    ]);
  });

  it('a routine settled the instant its bout began names no bout, though the row left before it ended', () => {
    // "Stretch now" at the very start of a bout, skipped; the log keeper then writes the row, and
    // a pause at the same instant ends the bout with no sitting, so no bout row is ever logged.
    const sim = new Sim(anytimeLimit30, at('09:00'));
    sim.answer({ type: 'routineStarted', at: at('09:00') });
    sim.answer({ type: 'skip', at: at('09:00') });
    const written = sim.prompts();
    sim.state = { ...sim.state, outbox: [] };
    sim.send({ type: 'pause', at: at('09:00'), kind: '30min' });
    expect(sim.bouts()).toEqual([]);
    expect(written).toEqual([expect.objectContaining({ trigger: 'manual', boutId: null })]);
  });

  it('a pause ending between beats starts no bout for a user the next tick finds idle', () => {
    // Seed 1654: the pause ended at 09:56, the tick at 09:56 said idle (no input since 09:55).
    // Started on the old presence, that bout would have ended before it began, unlogged, while a
    // routine settled in it named it.
    const sim = new Sim(anytimeLimit30, at('08:50'));
    sim.send({ type: 'pause', at: at('08:56'), kind: '1h' });
    sim.answer({ type: 'routineStarted', at: at('09:50') });
    sim.send({ type: 'tick', at: at('09:56'), presence: 'idle', fullscreen: false });
    expect(sim.state.bout).toBeNull();
    expect(sim.state.inactiveSince).toBe(at('09:55'));
  });

  it('a routine given up on, in a bout the user left the moment it began, names no bout', () => {
    // Seed 13596: "Stretch now" started during a pause, the pause ended and the screen locked at
    // once; the routine's grace ran out in that bout before its break ended it, unlogged.
    const sim = new Sim({ ...anytimeLimit30, breakMin: 30 }, at('09:00'));
    sim.send({ type: 'pause', at: at('09:00'), kind: '1h' });
    sim.answer({ type: 'routineStarted', at: at('09:02') });
    sim.send({ type: 'resume', at: at('09:05') });
    sim.lock(at('09:05'));
    sim.runUntil(at('09:17'));
    const written = sim.prompts();
    expect(written).toEqual([expect.objectContaining({ outcome: 'missed', boutId: null })]);
    sim.state = { ...sim.state, outbox: [] };
    sim.runUntil(at('09:40'));
    expect(sim.bouts()).toEqual([]);
  });
});
