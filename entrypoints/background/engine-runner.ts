// Feeds events through the engine one at a time: read, step, persist, then act.
import { restoreState } from '../../core/engine-state';
import type {
  AnswerVerdict,
  Effect,
  EngineEvent,
  EngineState,
  LogRecord,
} from '../../core/engine-types';
import type { Settings } from '../../core/settings';
import { step } from '../../core/sitting';
import type { LogHealth } from '../../storage/items';

/** Rows kept for a database that cannot be opened; beyond this the oldest give way. */
export const outboxLimit = 5000;

export interface EngineRunnerDeps {
  now(): number;
  readState(): Promise<unknown>;
  writeState(state: EngineState): Promise<void>;
  readSettings(): Promise<Settings>;
  perform(effect: Effect): Promise<void>;
  writeLog(records: LogRecord[]): Promise<void>;
  reportLogHealth(health: LogHealth): Promise<void>;
  /** After each event, with its state, rows and health stored: the popup's view is made again. Never throws. */
  publish(at: number): Promise<void>;
}

export type EventBuilder = (at: number, settings: Settings) => EngineEvent | Promise<EngineEvent>;

export function createEngineRunner(deps: EngineRunnerDeps) {
  let tail: Promise<void> = Promise.resolve();
  let lastHealth = '';

  async function reportHealth(health: LogHealth) {
    const key = JSON.stringify(health);
    if (key === lastHealth) return;
    lastHealth = key;
    await deps.reportLogHealth(health);
  }

  async function flush(state: EngineState) {
    try {
      await deps.writeLog(state.outbox);
      await deps.writeState({ ...state, outbox: [] });
      await reportHealth({ ok: true, waiting: 0 });
    } catch (error) {
      // The engine keeps going; the rows wait in storage until the database opens again.
      const outbox = state.outbox.slice(-outboxLimit);
      if (outbox.length < state.outbox.length) await deps.writeState({ ...state, outbox });
      await reportHealth({ ok: false, waiting: outbox.length, error: String(error) });
    }
  }

  async function process(at: number, build: EventBuilder): Promise<AnswerVerdict | null> {
    const settings = await deps.readSettings();
    const prev = restoreState(await deps.readState(), at);
    const event = await build(at, settings);
    const { state, effects, answer } = step(prev, event, settings);
    // Persist first: if the background dies now, the next start redoes the effects.
    await deps.writeState(state);
    for (const effect of effects) {
      await deps
        .perform(effect)
        .catch((error) => console.error('Hip Check effect failed', effect, error));
    }
    if (state.outbox.length > 0) await flush(state);
    await deps.publish(at);
    return answer;
  }

  return {
    /**
     * Stamps the event with the time it arrived and queues it behind the ones before it. Resolves
     * with the engine's verdict when the event answers a prompt.
     */
    dispatch(build: EventBuilder): Promise<AnswerVerdict | null> {
      const at = deps.now();
      const run = tail.then(() => process(at, build));
      tail = run.then(
        () => undefined,
        (error) => console.error('Hip Check engine failed', error),
      );
      return run;
    },
    /**
     * Runs `task` in the queue, between events: data requests that rewrite the log or the outbox
     * must not interleave with an event's read and write of the state.
     */
    exclusive<T>(task: () => Promise<T>): Promise<T> {
      const run = tail.then(task);
      tail = run.then(
        () => undefined,
        (error) => console.error('Hip Check data request failed', error),
      );
      return run;
    },
    /** Resolves once every event queued so far has been handled. */
    settled(): Promise<void> {
      return tail;
    },
  };
}
