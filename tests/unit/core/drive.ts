// Test helpers: explicit local times and a tiny alarm-driven runner for the pure engine.
import { initialState } from '../../../core/engine-state';
import {
  type AnswerEvent,
  type AnswerVerdict,
  type EngineEvent,
  type EngineState,
  manualId,
  type Presence,
} from '../../../core/engine-types';
import { defaultSettings, type Settings } from '../../../core/settings';
import { nextWake, step } from '../../../core/sitting';

/** Local time on a day of November 2026 (the 23rd is a Monday). */
export function at(hhmm: string, day = 23): number {
  const [h = 0, m = 0, sec = 0] = hhmm.split(':').map(Number);
  return new Date(2026, 10, day, h, m, sec).getTime();
}

export const min = 60_000;

export const anytime: Settings = {
  ...defaultSettings,
  schedule: { ...defaultSettings.schedule, enabled: false },
};

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

export class Sim {
  state: EngineState;
  presence: Presence = 'active';
  fullscreen = false;
  shown: string[] = [];
  closed: string[] = [];

  constructor(
    public settings: Settings = anytime,
    start = at('09:00'),
  ) {
    this.state = initialState(start);
    this.send({ type: 'start', at: start, presence: 'active', fullscreen: false });
  }

  private manualIds = 0;

  /** Delivers an event; alarms due before a user's command fire first, as in the browser. */
  send(event: EngineEvent): AnswerVerdict | null {
    if (event.type !== 'tick' && event.type !== 'start') this.runUntil(event.at);
    const { state, effects, answer } = step(this.state, event, this.settings);
    this.state = state;
    for (const e of effects) {
      if (e.type === 'showPrompt') this.shown.push(e.promptId);
      if (e.type === 'closePrompt' && e.promptId) this.closed.push(e.promptId);
    }
    return answer;
  }

  /**
   * Answers whatever prompt is pending at `event.at` (after the alarms before it), as a page
   * showing it would; with none pending, a "Stretch now" id of the page's making.
   */
  answer(event: DistributiveOmit<AnswerEvent, 'promptId'>): AnswerVerdict | null {
    this.runUntil(event.at);
    const promptId = this.state.prompt?.id ?? manualId(event.at, `test-${++this.manualIds}`);
    return this.send({ ...event, promptId } as AnswerEvent);
  }

  /** Fires the engine's alarm at each time it asks for, up to and including `until`. */
  runUntil(until: number): void {
    for (let wake = this.wake(); wake !== null && wake <= until; wake = this.wake()) {
      this.send({ type: 'tick', at: wake, presence: this.presence, fullscreen: this.fullscreen });
    }
  }

  wake(): number | null {
    return nextWake(this.state, this.settings, this.state.lastSeenAt);
  }

  idle(time: number): void {
    this.runUntil(time);
    this.presence = 'idle';
    this.send({ type: 'presence', at: time, presence: 'idle' });
  }

  lock(time: number): void {
    this.runUntil(time);
    this.presence = 'locked';
    this.send({ type: 'presence', at: time, presence: 'locked' });
  }

  active(time: number): void {
    this.runUntil(time);
    this.presence = 'active';
    this.send({ type: 'presence', at: time, presence: 'active' });
  }

  bouts() {
    return this.state.outbox.flatMap((r) => (r.kind === 'bout' ? [r.row] : []));
  }

  prompts() {
    return this.state.outbox.flatMap((r) => (r.kind === 'prompt' ? [r.row] : []));
  }
}
