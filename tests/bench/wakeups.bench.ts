// How often the background wakes on its own (issue 10): alarm firings per hour with the default
// settings, while sitting (answering each prompt), standing, away and outside working hours, and
// the share of the hour a Chrome MV3 worker is then awake (it lives about 30 s after each event).
// Pure engine, no browser: the alarms fire when the engine asks, as in drive.ts.
import { it } from 'vitest';
import type { EngineEvent } from '../../core/engine-types';
import { defaultSettings } from '../../core/settings';
import { at, Sim } from '../unit/core/drive';

const hourMs = 3_600_000;
/** Chrome keeps an extension's service worker about this long after its last event. */
const workerLifeMs = 30_000;

interface HourFigures {
  alarms: number;
  awakeShare: number;
}

/** Plays one hour from `start`, the user doing `act` first; counts the engine's own alarms. */
function playHour(start: number, act: (sim: Sim) => void, answerPrompts: boolean): HourFigures {
  const sim = new Sim(defaultSettings, start);
  const wakes: number[] = [];
  const send = sim.send.bind(sim);
  sim.send = (event: EngineEvent) => {
    if (event.type === 'tick') wakes.push(event.at);
    return send(event);
  };
  act(sim);
  const end = start + hourMs;
  for (let guard = 0; guard < 10_000; guard++) {
    const wake = sim.wake();
    if (wake === null || wake >= end) break;
    sim.runUntil(wake);
    const prompt = sim.state.prompt;
    if (answerPrompts && prompt?.shownAt != null) {
      // A minute to start, two to finish: the routine every prompt asks for.
      sim.answer({ type: 'routineStarted', at: wake + 60_000 });
      sim.answer({ type: 'routineFinished', at: wake + 180_000, outcome: 'done', completed: [] });
    }
  }
  const inHour = wakes.filter((t) => t >= start && t < end);
  return { alarms: inHour.length, awakeShare: awake(inHour, end) / hourMs };
}

/** The time covered by [t, t + workerLifeMs) for every wake, clipped to the hour. */
function awake(wakes: number[], end: number): number {
  let covered = 0;
  let until = Number.NEGATIVE_INFINITY;
  for (const t of [...wakes].sort((a, b) => a - b)) {
    const from = Math.max(t, until);
    until = Math.min(end, t + workerLifeMs);
    if (until > from) covered += until - from;
  }
  return covered;
}

it('wake-ups per hour with the default settings', () => {
  const rows: [string, HourFigures][] = [
    ['sitting, every prompt answered (Mon 09:00–10:00)', playHour(at('09:00'), () => {}, true)],
    [
      'standing (Mon 09:00–10:00)',
      playHour(
        at('09:00'),
        (sim) => sim.send({ type: 'standing', at: at('09:00'), on: true }),
        false,
      ),
    ],
    [
      'away, idle from 09:00 (Mon 09:00–10:00)',
      playHour(at('09:00'), (sim) => sim.idle(at('09:00')), false),
    ],
    ['outside working hours (Mon 19:00–20:00)', playHour(at('19:00'), () => {}, false)],
  ];
  const table = [
    '| hour | alarms | worker awake |',
    '| --- | --- | --- |',
    ...rows.map(([name, f]) => `| ${name} | ${f.alarms} | ${(f.awakeShare * 100).toFixed(0)} % |`),
  ];
  console.log(`Background wake-ups, pure engine, default settings\n${table.join('\n')}`);
});
