// Restart proof: a working day gives the same prompts and bouts however often the background dies.
import { describe, expect, it } from 'vitest';
import { at } from '../core/drive';
import { type Act, type DayPlan, playDay } from './day';

const day: DayPlan = {
  start: at('07:55'),
  end: at('18:30'),
  asleep: [at('16:10'), at('16:40')],
  // Notifications, so the fake browser can count what reached the screen.
  settings: { delivery: 'notification' },
  script: [
    [at('08:33'), { answer: { type: 'tookBreak' } }],
    [at('09:05'), { answer: { type: 'snooze' } }],
    [at('09:16'), { answer: { type: 'snooze' } }],
    [at('09:47'), { answer: { type: 'skip' } }],
    [at('10:10'), { presence: 'idle' }],
    [at('10:40'), { presence: 'active' }],
    [at('11:12'), { presence: 'idle' }],
    [at('11:30'), { presence: 'active' }],
    [at('11:55'), { message: { type: 'pause', kind: '1h' } }],
    [at('13:20'), { message: { type: 'standing', on: true } }],
    [at('13:50'), { message: { type: 'standing', on: false } }],
    [at('14:15'), { fullscreen: true }],
    [at('14:30'), { fullscreen: false }],
    [at('14:31'), { answer: { type: 'routineFinished', outcome: 'partial', completed: [] } }],
    [at('15:05'), { presence: 'locked' }],
    [at('15:20'), { presence: 'active' }],
  ],
};

/** Twenty instants: on alarms, between events, mid-prompt, paused, idle, standing, deferred. */
const restarts = [
  '07:58',
  '08:00',
  '08:30',
  '08:31:30',
  '09:04:59',
  '09:26',
  '09:40',
  '10:12',
  '10:39',
  '11:11',
  '11:14',
  '12:30',
  '13:00',
  '13:35',
  '14:21',
  '14:29',
  '15:10',
  '16:45',
  '17:59:59',
  '18:00',
].map((time) => at(time));

const withRestarts = (instants: number[]): DayPlan => ({
  ...day,
  script: [...day.script, ...instants.map((t): [number, Act] => [t, 'restart'])],
});

describe('a working day through the background', () => {
  it('logs the day as the rules say', async () => {
    const { bouts, prompts, shown } = await playDay(day);
    const hhmm = (t: number | null) => (t === null ? null : new Date(t).toTimeString().slice(0, 5));
    expect(prompts.map((p) => [hhmm(p.dueAt), hhmm(p.settledAt), p.outcome])).toEqual([
      ['08:30', '08:33', 'done'],
      ['09:03', '09:05', 'snoozed'],
      ['09:15', '09:16', 'snoozed'],
      ['09:26', '09:36', 'missed'],
      ['09:46', '09:47', 'skipped'],
      ['11:10', '11:11', 'away'],
      ['14:20', '14:31', 'partial'],
      ['15:01', '15:05', 'away'],
      ['15:50', '16:00', 'missed'],
      // The limit fell at 16:10, as the machine slept: no prompt for time nobody was there.
      ['17:10', '17:20', 'missed'],
      ['17:30', '17:40', 'missed'],
      ['17:50', '18:00', 'missed'],
    ]);
    expect(bouts.map((b) => [hhmm(b.startedAt), hhmm(b.endedAt), b.end])).toEqual([
      ['08:00', '08:33', 'routine'],
      ['08:33', '10:09', 'break'],
      ['10:40', '11:11', 'break'],
      ['11:30', '11:55', 'pause'],
      ['12:55', '13:20', 'standing'],
      ['13:50', '14:31', 'routine'],
      ['14:31', '15:05', 'break'],
      // The machine slept from 16:10; the last beat it was awake for was 16:05.
      ['15:20', '16:05', 'break'],
      ['16:40', '18:00', 'workday'],
    ]);
    // Every prompt reached the screen, each once.
    expect(shown).toHaveLength(12);
    expect(new Set(shown).size).toBe(12);
  });

  it('gives the same prompts and bouts when the background dies at 20 instants', async () => {
    const calm = await playDay(day);
    const restarted = await playDay(withRestarts(restarts));
    expect(restarted).toEqual(calm);
  });

  it.each(restarts.map((t) => [new Date(t).toTimeString().slice(0, 8), t]))(
    'gives the same day when the background dies once at %s',
    async (_, instant) => {
      const calm = await playDay(day);
      expect(await playDay(withRestarts([instant]))).toEqual(calm);
    },
  );
});
