// The engine's rules of docs/product.md#sitting-detection (to #working-hours), each with explicit
// local times.
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../core/settings';
import { anytime, at, min, Sim } from './drive';

describe('bouts and natural breaks', () => {
  it('starts a bout when the user is active', () => {
    const sim = new Sim();
    expect(sim.state.bout?.startedAt).toBe(at('09:00'));
  });

  it('keeps the bout through idle shorter than the break length', () => {
    const sim = new Sim();
    sim.idle(at('09:10')); // inactive since 09:09
    sim.active(at('09:13')); // 4 minutes away: still sitting
    sim.runUntil(at('09:20'));
    expect(sim.state.bout?.startedAt).toBe(at('09:00'));
    expect(sim.bouts()).toEqual([]);
  });

  it('ends the bout when inactivity began once idle lasts the break length', () => {
    const sim = new Sim();
    sim.idle(at('09:10')); // idle reported after 60 s: inactive since 09:09
    sim.runUntil(at('09:14')); // 09:14 is exactly the 5-minute break
    expect(sim.state.bout).toBeNull();
    expect(sim.bouts()).toEqual([
      { id: expect.any(String), startedAt: at('09:00'), endedAt: at('09:09'), end: 'break' },
    ]);
    sim.active(at('09:30'));
    expect(sim.state.bout?.startedAt).toBe(at('09:30'));
  });

  it('never counts idleness from before the last click', () => {
    // Seed 6794: an idle report that reached back before a click would end the bout before a
    // prompt answered in it, and that bout could then end with no sitting, unlogged.
    const sim = new Sim();
    sim.runUntil(at('09:10'));
    sim.send({ type: 'pause', at: at('09:10'), kind: '30min' });
    sim.send({ type: 'resume', at: at('09:10:20') });
    sim.idle(at('09:10:40')); // idle after 60 s would say since 09:09:40
    expect(sim.state.inactiveSince).toBe(at('09:10:20'));
  });

  it('counts a locked screen from the moment it locked', () => {
    const sim = new Sim();
    sim.lock(at('09:20'));
    sim.runUntil(at('09:24:59'));
    expect(sim.state.bout).not.toBeNull();
    sim.runUntil(at('09:25'));
    expect(sim.bouts()[0]).toMatchObject({ endedAt: at('09:20'), end: 'break' });
  });

  it('ends the bout even when the only news is the user coming back', () => {
    const sim = new Sim();
    sim.idle(at('09:10'));
    // No alarm ran while away (the background was asleep): the return event decides.
    sim.send({ type: 'presence', at: at('10:00'), presence: 'active' });
    expect(sim.bouts()[0]).toMatchObject({ endedAt: at('09:09'), end: 'break' });
    expect(sim.state.bout?.startedAt).toBe(at('10:00'));
  });
});

describe('prompts', () => {
  it('makes a prompt due exactly at the sitting limit', () => {
    const sim = new Sim();
    sim.runUntil(at('09:29:59'));
    expect(sim.state.prompt).toBeNull();
    sim.runUntil(at('09:30'));
    expect(sim.state.prompt).toMatchObject({ dueAt: at('09:30'), shownAt: at('09:30') });
    expect(sim.shown).toEqual([sim.state.prompt?.id]);
  });

  it('follows a changed sitting limit at once', () => {
    const sim = new Sim();
    sim.runUntil(at('09:25'));
    const previous = sim.settings;
    sim.settings = { ...anytime, sittingLimitMin: 20 };
    sim.send({ type: 'settingsChanged', at: at('09:25'), previous });
    expect(sim.state.prompt?.dueAt).toBe(at('09:25'));
  });

  it('allows two snoozes in a row, then only done or skip', () => {
    const sim = new Sim();
    sim.runUntil(at('09:30'));
    sim.answer({ type: 'snooze', at: at('09:31') });
    expect(sim.state.prompt).toBeNull();
    sim.runUntil(at('09:41'));
    expect(sim.state.prompt?.dueAt).toBe(at('09:41'));
    sim.answer({ type: 'snooze', at: at('09:42') });
    sim.runUntil(at('09:52'));
    const third = sim.state.prompt;
    sim.answer({ type: 'snooze', at: at('09:53') });
    expect(sim.state.prompt).toEqual(third);
    expect(sim.prompts().map((p) => p.outcome)).toEqual(['snoozed', 'snoozed']);
    sim.answer({ type: 'skip', at: at('09:54') });
    expect(sim.state.snoozesInRow).toBe(0);
  });

  it('ignores a snooze or skip meant for an older prompt', () => {
    const sim = new Sim();
    sim.runUntil(at('09:30'));
    sim.send({ type: 'skip', at: at('09:31'), promptId: 'p-old' });
    expect(sim.state.prompt).not.toBeNull();
  });

  it('brings the next prompt one sitting limit after a skip, in the same bout', () => {
    const sim = new Sim();
    sim.runUntil(at('09:30'));
    sim.answer({ type: 'skip', at: at('09:32') });
    sim.runUntil(at('10:01:59'));
    expect(sim.state.prompt).toBeNull();
    sim.runUntil(at('10:02'));
    expect(sim.state.prompt?.dueAt).toBe(at('10:02'));
    expect(sim.state.bout?.startedAt).toBe(at('09:00'));
    expect(sim.prompts()[0]?.outcome).toBe('skipped');
  });

  it('logs an unanswered prompt as missed after 10 active minutes and shows it again a snooze later', () => {
    const sim = new Sim();
    sim.runUntil(at('09:39:59'));
    expect(sim.prompts()).toEqual([]);
    sim.runUntil(at('09:40'));
    expect(sim.prompts()).toEqual([
      expect.objectContaining({ outcome: 'missed', shownAt: at('09:30'), settledAt: at('09:40') }),
    ]);
    expect(sim.closed).toHaveLength(1);
    sim.runUntil(at('09:50'));
    expect(sim.state.prompt?.dueAt).toBe(at('09:50'));
    expect(sim.shown).toHaveLength(2);
  });

  it('waits for a short idle to end before calling a prompt missed', () => {
    const sim = new Sim();
    sim.runUntil(at('09:30'));
    sim.idle(at('09:38')); // inactive since 09:37, past the 10-minute mark at 09:40
    sim.runUntil(at('09:41'));
    expect(sim.prompts()).toEqual([]);
    sim.active(at('09:41'));
    expect(sim.prompts()[0]).toMatchObject({ outcome: 'missed', settledAt: at('09:41') });
  });

  it('closes a pending prompt as away when the user takes a break, and ends the bout then', () => {
    const sim = new Sim();
    sim.runUntil(at('09:30'));
    sim.idle(at('09:33')); // inactive since 09:32
    sim.runUntil(at('09:37'));
    expect(sim.prompts()[0]).toMatchObject({ outcome: 'away', settledAt: at('09:32') });
    expect(sim.bouts()[0]).toMatchObject({ endedAt: at('09:32'), end: 'break' });
    expect(sim.closed).toEqual([expect.any(String)]);
  });

  it('ends the bout and starts a fresh one when a routine is finished', () => {
    const sim = new Sim();
    sim.runUntil(at('09:30'));
    sim.answer({ type: 'tookBreak', at: at('09:33') });
    expect(sim.prompts()[0]).toMatchObject({ outcome: 'done', trigger: 'limit' });
    expect(sim.bouts()[0]).toMatchObject({ endedAt: at('09:33'), end: 'routine' });
    expect(sim.state.bout?.startedAt).toBe(at('09:33'));
    sim.runUntil(at('10:03'));
    expect(sim.state.prompt?.dueAt).toBe(at('10:03'));
  });

  it('logs a routine started by hand as a manual prompt', () => {
    const sim = new Sim();
    sim.answer({ type: 'routineStarted', at: at('09:10') });
    sim.answer({ type: 'routineFinished', at: at('09:12'), outcome: 'partial', completed: [] });
    expect(sim.prompts()[0]).toMatchObject({
      trigger: 'manual',
      outcome: 'partial',
      completed: [],
    });
  });

  it('turns a Done with nothing pending into nothing at all', () => {
    const sim = new Sim();
    const verdict = sim.answer({
      type: 'routineFinished',
      at: at('09:12'),
      outcome: 'done',
      completed: ['seated-figure-4'],
    });
    expect(verdict).toBe('stale');
    expect(sim.prompts()).toEqual([]);
    expect(sim.state.bout?.startedAt).toBe(at('09:00'));
  });
});

describe('working hours', () => {
  const office = defaultSettings; // Mon–Fri 08:00–18:00

  it('ends a bout at the end of the working day and starts none in the evening', () => {
    const sim = new Sim(office, at('17:45'));
    sim.runUntil(at('18:00'));
    expect(sim.bouts()).toEqual([
      expect.objectContaining({ startedAt: at('17:45'), endedAt: at('18:00'), end: 'workday' }),
    ]);
    sim.runUntil(at('23:00'));
    expect(sim.state.bout).toBeNull();
    expect(sim.wake()).toBe(at('08:00', 24));
  });

  it('closes a prompt still pending at the end of the day as missed', () => {
    const sim = new Sim(office, at('17:25'));
    sim.runUntil(at('18:00'));
    expect(sim.prompts()[0]).toMatchObject({ outcome: 'missed', settledAt: at('18:00') });
    sim.runUntil(at('18:00'));
    expect(sim.state.prompt).toBeNull();
  });

  it('counts nothing over a weekend and starts again on Monday morning', () => {
    const sim = new Sim(office, at('17:50', 27)); // Friday
    sim.runUntil(at('12:00', 28)); // Saturday noon, still at the computer
    expect(sim.state.bout).toBeNull();
    expect(sim.wake()).toBe(at('08:00', 30)); // Monday
    sim.runUntil(at('08:00', 30));
    expect(sim.state.bout?.startedAt).toBe(at('08:00', 30));
    expect(sim.bouts()).toHaveLength(1);
  });

  it('does not start a bout at the start of the day for someone who is away', () => {
    const sim = new Sim(office, at('07:00', 24));
    sim.idle(at('07:30', 24));
    sim.runUntil(at('09:00', 24));
    expect(sim.state.bout).toBeNull();
    sim.active(at('09:05', 24));
    expect(sim.state.bout?.startedAt).toBe(at('09:05', 24));
  });
});

describe('pause, fullscreen and standing', () => {
  it('pauses for 30 minutes and starts a new bout when the pause ends', () => {
    const sim = new Sim();
    sim.send({ type: 'pause', at: at('09:10'), kind: '30min' });
    expect(sim.bouts()[0]).toMatchObject({ endedAt: at('09:10'), end: 'pause' });
    expect(sim.wake()).toBe(at('09:40'));
    sim.runUntil(at('09:40'));
    expect(sim.state.paused).toBeNull();
    expect(sim.state.bout?.startedAt).toBe(at('09:40'));
  });

  it('pauses for an hour, until tomorrow, or until resumed', () => {
    const hour = new Sim();
    hour.send({ type: 'pause', at: at('09:10'), kind: '1h' });
    expect(hour.state.paused?.until).toBe(at('10:10'));
    const tomorrow = new Sim();
    tomorrow.send({ type: 'pause', at: at('09:10'), kind: 'tomorrow' });
    expect(tomorrow.state.paused?.until).toBe(at('00:00', 24));
    const open = new Sim();
    open.send({ type: 'pause', at: at('09:10'), kind: 'untilResumed' });
    open.runUntil(at('23:00'));
    expect(open.state.bout).toBeNull();
    open.send({ type: 'resume', at: at('23:30') });
    expect(open.state.bout?.startedAt).toBe(at('23:30'));
  });

  it('logs a prompt pending when the user pauses as paused, not skipped', () => {
    const sim = new Sim();
    sim.runUntil(at('09:30'));
    sim.send({ type: 'pause', at: at('09:31'), kind: '1h' });
    expect(sim.prompts()[0]?.outcome).toBe('paused');
    expect(sim.state.prompt).toBeNull();
  });

  it('brings a break put off by a pause back when the pause ends with the user still there', () => {
    const sim = new Sim();
    sim.runUntil(at('09:30'));
    sim.send({ type: 'pause', at: at('09:31'), kind: '30min' });
    sim.runUntil(at('10:00:59'));
    expect(sim.state.prompt).toBeNull();
    sim.runUntil(at('10:01'));
    expect(sim.state.prompt).toMatchObject({ trigger: 'limit', dueAt: at('10:01') });
    expect(sim.state.bout?.startedAt).toBe(at('10:01'));
  });

  it('brings a put-off break back on resume, and not after a break taken during the pause', () => {
    const resumed = new Sim();
    resumed.runUntil(at('09:30'));
    resumed.send({ type: 'pause', at: at('09:31'), kind: 'untilResumed' });
    resumed.send({ type: 'resume', at: at('09:33') });
    expect(resumed.state.prompt?.dueAt).toBe(at('09:33'));

    const rested = new Sim();
    rested.runUntil(at('09:30'));
    rested.send({ type: 'pause', at: at('09:31'), kind: 'untilResumed' });
    rested.idle(at('09:40')); // inactive since 09:39, a break by 09:44
    rested.active(at('09:50'));
    rested.send({ type: 'resume', at: at('09:51') });
    expect(rested.state.prompt).toBeNull();
    rested.runUntil(at('10:20:59'));
    expect(rested.state.prompt).toBeNull();
    rested.runUntil(at('10:21'));
    expect(rested.state.prompt?.dueAt).toBe(at('10:21'));
  });

  it('holds a due prompt while a window is fullscreen, and shows it when fullscreen ends', () => {
    const sim = new Sim();
    sim.fullscreen = true;
    sim.runUntil(at('09:30'));
    expect(sim.state.prompt).toMatchObject({ dueAt: at('09:30'), shownAt: null });
    expect(sim.shown).toEqual([]);
    sim.fullscreen = false;
    sim.runUntil(at('09:35'));
    expect(sim.state.prompt?.shownAt).toBe(at('09:31'));
    expect(sim.shown).toHaveLength(1);
  });

  it('holds a prompt for fullscreen at most 30 minutes', () => {
    const sim = new Sim();
    sim.fullscreen = true;
    sim.runUntil(at('09:59'));
    expect(sim.state.prompt?.shownAt).toBeNull();
    sim.runUntil(at('10:00'));
    expect(sim.state.prompt?.shownAt).toBe(at('10:00'));
  });

  it('shows prompts over fullscreen windows when deferral is off', () => {
    const sim = new Sim({ ...anytime, deferWhileFullscreen: false });
    sim.fullscreen = true;
    sim.runUntil(at('09:30'));
    expect(sim.state.prompt?.shownAt).toBe(at('09:30'));
  });

  it('stops the sitting clock while standing, until switched off', () => {
    const sim = new Sim();
    sim.send({ type: 'standing', at: at('09:20'), on: true });
    expect(sim.bouts()[0]).toMatchObject({ endedAt: at('09:20'), end: 'standing' });
    sim.runUntil(at('11:00'));
    expect(sim.state.prompt).toBeNull();
    sim.send({ type: 'standing', at: at('11:00'), on: false });
    expect(sim.state.bout?.startedAt).toBe(at('11:00'));
  });

  it('switches standing off after a natural break', () => {
    const sim = new Sim();
    sim.send({ type: 'standing', at: at('09:20'), on: true });
    sim.idle(at('10:00'));
    sim.runUntil(at('10:05'));
    expect(sim.state.standing).toBe(false);
    sim.active(at('10:30'));
    expect(sim.state.bout?.startedAt).toBe(at('10:30'));
  });
});

describe('sleep, restarts and clock jumps', () => {
  it('treats a machine asleep for hours as a break from the last moment it was seen', () => {
    const sim = new Sim();
    sim.runUntil(at('09:20'));
    // Asleep: no alarm fires until the machine wakes at 17:00.
    sim.send({ type: 'tick', at: at('17:00'), presence: 'active', fullscreen: false });
    expect(sim.bouts()).toEqual([
      expect.objectContaining({ startedAt: at('09:00'), endedAt: at('09:20'), end: 'break' }),
    ]);
    expect(sim.state.bout?.startedAt).toBe(at('17:00'));
  });

  it('makes a forward jump of 8 hours a break, not a 9-hour bout', () => {
    const sim = new Sim();
    sim.runUntil(at('09:35'));
    sim.send({ type: 'tick', at: at('17:35'), presence: 'active', fullscreen: false });
    expect(sim.bouts()).toEqual([
      expect.objectContaining({ startedAt: at('09:00'), endedAt: at('09:35'), end: 'break' }),
    ]);
    expect(sim.prompts()).toEqual([expect.objectContaining({ outcome: 'away' })]);
    expect(sim.state.bout?.startedAt).toBe(at('17:35'));
  });

  it('never logs a negative duration when the clock goes back', () => {
    const sim = new Sim();
    sim.runUntil(at('09:20'));
    sim.send({ type: 'tick', at: at('08:20'), presence: 'active', fullscreen: false });
    expect(sim.state.bout?.startedAt).toBe(at('08:00'));
    sim.answer({ type: 'routineStarted', at: at('08:24') });
    sim.answer({ type: 'routineFinished', at: at('08:25'), outcome: 'done', completed: ['a'] });
    const [bout] = sim.bouts();
    expect(bout?.endedAt).toBe(at('08:25'));
    expect(bout && bout.endedAt - bout.startedAt).toBe(25 * min);
  });

  it('shows the pending prompt again after a restart, and only that one', () => {
    const sim = new Sim();
    sim.runUntil(at('09:30'));
    const id = sim.state.prompt?.id;
    sim.send({ type: 'start', at: at('09:31'), presence: 'active', fullscreen: false });
    expect(sim.shown).toEqual([id, id]);
    expect(sim.prompts()).toEqual([]);
  });
});
