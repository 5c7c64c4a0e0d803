// A simulated desk for the engine's property tests: a seeded user, a browser that closes and
// sleeps, alarms that fire when the engine asks, a background that restarts from stored state,
// and a log keeper that drains the outbox. Every step is checked against the counting rules
// (docs/counting.md); a broken rule is recorded as a violation with the step that broke it.
import { dayKey } from '../../../core/days';
import { restoreState } from '../../../core/engine-state';
import {
  type AnswerVerdict,
  type BoutRecord,
  type EngineEvent,
  type EngineState,
  type LogRecord,
  manualId,
  type PainRecord,
  type Presence,
  type PromptRecord,
} from '../../../core/engine-types';
import { isWorkingTime, nextScheduleChange, pauseKinds } from '../../../core/schedule';
import type { Settings, Weekday } from '../../../core/settings';
import { nextWake, step } from '../../../core/sitting';
import { lateAlarmMs } from '../../../core/sitting-rules';
import { stretches } from '../../../core/stretches';
import { minuteMs } from '../../../core/time';
import { randomFrom } from '../storage/random-log';
import { anytime, at } from './drive';

/** The most rows one step may push; the runner's outbox holds 5000 (engine-runner.ts). */
export const rowsPerStepLimit = 8;
/** The stored state, outbox drained, stays far below storage.local's 10 MB. */
export const stateBytesLimit = 16_000;

type Random = ReturnType<typeof randomFrom>;

export interface WorldOptions {
  seed: number;
  /** Whether the wall clock may jump back and forth; the time rules are then not checked. */
  jumpy: boolean;
  steps: number;
}

export interface WorldReport {
  events: number;
  violations: string[];
  bouts: number;
  prompts: number;
}

const stretchIds = stretches.map((s) => s.id);

export class World {
  private readonly r: Random;
  private settings: Settings;
  /** The settings in force from each time on, for the working-hours rule. */
  private readonly epochs: { from: number; settings: Settings }[] = [];
  state: EngineState;
  private now: number;
  private presence: Presence = 'active';
  private fullscreen = false;
  private lastEventAt: number;
  /** The time of the alarm the engine last asked for, as a browser would hold it. */
  private alarmAt: number | null = null;
  /** Set while the browser is closed, the machine asleep or the clock jumped: nothing ran. */
  private stoppedSince: number | null = null;
  private readonly silences: [number, number][] = [];
  private readonly bouts = new Map<string, BoutRecord>();
  private readonly prompts = new Map<string, PromptRecord>();
  private readonly pains: PainRecord[] = [];
  private readonly painChecks = new Set<string>();
  private readonly everPending = new Set<string>();
  private readonly manualIds: string[] = [];
  private events = 0;
  private readonly violations: string[] = [];
  private label = '';

  constructor(private readonly options: WorldOptions) {
    this.r = randomFrom(options.seed);
    this.settings = this.randomSettings(true);
    this.now = at('07:30', 23) + this.r.int(0, 4 * 24 * 60) * minuteMs;
    this.epochs.push({ from: Number.NEGATIVE_INFINITY, settings: this.settings });
    this.lastEventAt = this.now;
    this.state = restoreState(undefined, this.now);
    this.deliver({ type: 'start', at: this.now, presence: 'active', fullscreen: false });
  }

  run(): WorldReport {
    for (let i = 0; i < this.options.steps && this.violations.length === 0; i++) this.act();
    this.checkEnd();
    return {
      events: this.events,
      violations: this.violations,
      bouts: this.bouts.size,
      prompts: this.prompts.size,
    };
  }

  /** One thing the user, the browser or the machine does. */
  private act(): void {
    const roll = this.r.next();
    if (roll < 0.3) this.wait(this.duration());
    else if (roll < 0.4) this.changePresence();
    else if (roll < 0.62) this.answer();
    else if (roll < 0.65) this.offer();
    else if (roll < 0.66) this.checkPain();
    else if (roll < 0.7) this.closeBrowser(false);
    else if (roll < 0.73) this.closeBrowser(true);
    else if (roll < 0.76) this.restartBackground();
    else if (roll < 0.8) this.pauseOrResume();
    else if (roll < 0.83) this.standing();
    else if (roll < 0.87) this.changeSettings();
    else if (roll < 0.9) this.fullscreen = !this.fullscreen;
    else if (roll < 0.95 && this.options.jumpy) this.jumpClock();
    else this.wait(this.r.int(1, 90) * 1000);
  }

  // ---- what happens -------------------------------------------------------------------------

  /** Time passes with the browser open: the engine's alarms fire, a little late as real ones do. */
  private wait(ms: number): void {
    this.label = `wait ${Math.round(ms / 1000)} s`;
    const until = this.now + ms;
    for (let guard = 0; guard < 100_000; guard++) {
      const wake = nextWake(this.state, this.settings, this.state.lastSeenAt);
      if (wake === null || wake > until) break;
      this.now = Math.max(this.now, Math.min(until, wake + this.r.int(0, 1500)));
      this.tick('tick');
    }
    this.now = until;
  }

  private tick(type: 'tick' | 'start'): void {
    this.deliver({ type, at: this.now, presence: this.presence, fullscreen: this.fullscreen });
  }

  private changePresence(): void {
    const next = this.r.pick<Presence>(['active', 'active', 'idle', 'locked']);
    this.label = `presence ${next}`;
    this.presence = next;
    this.deliver({ type: 'presence', at: this.now, presence: next });
  }

  /** An answer from a page: to the pending prompt, to a settled one, or a "Stretch now". */
  private answer(): void {
    const pending = this.state.prompt;
    const settled = [...this.prompts.keys()];
    const choice = this.r.next();
    let promptId: string;
    if (choice < 0.6 && pending) promptId = pending.id;
    else if (choice < 0.8 && settled.length > 0) promptId = this.r.pick(settled);
    else if (choice < 0.9 && this.manualIds.length > 0) promptId = this.r.pick(this.manualIds);
    else {
      promptId = manualId(this.now + this.r.int(-1000, 1000), `sim-${this.events}`);
      this.manualIds.push(promptId);
    }
    const at = this.now;
    const completed = this.someStretches();
    const events: EngineEvent[] = [
      { type: 'routineStarted', at, promptId },
      {
        type: 'routineProgress',
        at,
        promptId,
        progress: { completed, of: completed.length + this.r.int(0, 2) },
      },
      { type: 'routineFinished', at, promptId, outcome: 'done', completed },
      { type: 'routineFinished', at, promptId, outcome: 'partial', completed },
      {
        type: 'routineFinished',
        at,
        promptId,
        outcome: 'hurt',
        completed,
        painStretch: this.r.pick(stretchIds),
      },
      { type: 'routineAbandoned', at, promptId },
      { type: 'tookBreak', at, promptId },
      { type: 'snooze', at, promptId },
      { type: 'skip', at, promptId },
    ];
    const event = this.r.pick(events);
    this.label = `${event.type} ${promptId}`;
    const wasSettled = this.prompts.has(promptId);
    const verdict = this.deliver(event);
    if (wasSettled && verdict !== 'stale') this.fail(`an answer to settled ${promptId} was taken`);
  }

  private offer(): void {
    const id = this.state.prompt?.id;
    if (!id) return;
    this.label = 'routineOffered';
    this.deliver({
      type: 'routineOffered',
      at: this.now,
      promptId: id,
      stretches: this.someStretches(),
    });
  }

  /** The care plan's pain check answered, or skipped; sometimes twice, as a double click does. */
  private checkPain(): void {
    const score = this.r.pick([null, 0, 3, 10]);
    this.label = `pain check ${score}`;
    const first = this.deliver({ type: 'painCheck', at: this.now, score });
    if (this.r.next() < 0.3) {
      const again = this.deliver({ type: 'painCheck', at: this.now, score });
      if (first === 'recorded' && again !== 'stale') this.fail('a pain check counted twice');
    }
  }

  /**
   * The browser closed (or the machine asleep) for minutes to days: nothing runs. On the way back
   * a closed browser starts a new background from the stored state; a machine that slept just
   * fires the overdue alarm.
   */
  private closeBrowser(asleep: boolean): void {
    const span = this.r.pick([5, 20, 90, 600, 15 * 60, 2 * 24 * 60, 4 * 24 * 60]);
    this.now += this.r.int(1, span) * minuteMs;
    this.presence = this.r.pick<Presence>(['active', 'active', 'idle', 'locked']);
    this.label = `${asleep ? 'slept' : 'closed'} until ${new Date(this.now).toString()}`;
    this.stoppedSince = this.lastEventAt;
    if (asleep) this.tick('tick');
    else this.startFromStorage();
  }

  /** The browser killed the background between events; the next one starts from storage. */
  private restartBackground(): void {
    this.label = 'background restarted';
    this.startFromStorage();
  }

  private startFromStorage(): void {
    const stored = JSON.parse(JSON.stringify(this.state));
    const restored = restoreState(stored, this.now);
    if (JSON.stringify(restored) !== JSON.stringify(this.state)) {
      this.fail('the stored state did not restore as it was');
    }
    this.state = restored;
    this.tick('start');
  }

  private pauseOrResume(): void {
    if (this.state.paused && this.r.next() < 0.5) {
      this.label = 'resume';
      this.deliver({ type: 'resume', at: this.now });
    } else {
      const kind = this.r.pick(pauseKinds);
      this.label = `pause ${kind}`;
      this.deliver({ type: 'pause', at: this.now, kind });
    }
  }

  private standing(): void {
    const on = !this.state.standing;
    this.label = `standing ${on}`;
    this.deliver({ type: 'standing', at: this.now, on });
  }

  private changeSettings(): void {
    const previous = this.settings;
    this.settings = this.randomSettings(false);
    this.epochs.push({ from: this.now, settings: this.settings });
    this.label = 'settings changed';
    this.deliver({ type: 'settingsChanged', at: this.now, previous }, previous);
  }

  private jumpClock(): void {
    const jump = this.r.int(-3 * 24 * 60, 3 * 24 * 60) * minuteMs;
    this.now += jump;
    this.label = `clock jumped ${jump / minuteMs} min`;
    if (jump > 0) this.stoppedSince = this.lastEventAt;
    this.tick('tick');
  }

  // ---- one step, checked ---------------------------------------------------------------------

  private deliver(event: EngineEvent, before: Settings = this.settings): AnswerVerdict | null {
    const prev = this.state;
    // A silence: nothing ran for the break length, and past the alarm the engine had asked for by
    // a late alarm's margin. A shorter stop, inside a beat, is sitting by design (docs/counting.md).
    const since = this.stoppedSince;
    this.stoppedSince = null;
    const watched = this.alarmAt ?? this.lastEventAt;
    if (
      since !== null &&
      event.at - since >= before.breakMin * minuteMs &&
      event.at - watched >= lateAlarmMs
    ) {
      this.silences.push([since, event.at]);
    }
    this.lastEventAt = event.at;
    const result = step(prev, event, this.settings);
    for (const effect of result.effects) if (effect.type === 'alarm') this.alarmAt = effect.at;
    this.events += 1;
    const pushed = result.state.outbox.slice(prev.outbox.length);
    this.state = result.state;
    this.checkStep(prev, pushed, result.answer, event);
    // The log keeper drains the outbox, except when the database is slow or failing.
    if (this.r.next() < 0.9) this.state = { ...this.state, outbox: [] };
    return result.answer;
  }

  private checkStep(
    prev: EngineState,
    pushed: LogRecord[],
    answer: AnswerVerdict | null,
    event: EngineEvent,
  ): void {
    const s = this.state;
    if (pushed.length > rowsPerStepLimit) this.fail(`one step pushed ${pushed.length} rows`);
    const bytes = JSON.stringify({ ...s, outbox: [] }).length;
    if (bytes > stateBytesLimit) this.fail(`the state grew to ${bytes} bytes`);
    // A step may settle a prompt and then end its bout: the step's rows land together.
    const order = { bout: 0, prompt: 1, pain: 2, painCheck: 3 };
    for (const record of [...pushed].sort((a, b) => order[a.kind] - order[b.kind]))
      this.take(record);
    // A prompt leaves the state only by being settled, with its row.
    if (prev.prompt && s.prompt?.id !== prev.prompt.id) {
      const id = prev.prompt.id;
      if (!pushed.some((r) => r.kind === 'prompt' && r.row.id === id)) {
        this.fail(`prompt ${id} left the state without an outcome`);
      }
    }
    if (s.prompt) {
      if (this.prompts.has(s.prompt.id))
        this.fail(`settled prompt ${s.prompt.id} is pending again`);
      this.everPending.add(s.prompt.id);
      this.checkPromptTime(s.prompt.dueAt, 'pending prompt');
    }
    if (
      answer === 'recorded' &&
      (event.type === 'tookBreak' || event.type === 'skip' || event.type === 'snooze') &&
      !pushed.some((r) => r.kind === 'prompt' && r.row.id === event.promptId)
    ) {
      this.fail(`${event.type} was recorded but settled nothing`);
    }
    if (s.bout && this.bouts.has(s.bout.id))
      this.fail(`bout ${s.bout.id} logged and still running`);
  }

  /** A row reaches the log: once per id, with sane times, naming what exists. */
  private take(record: LogRecord): void {
    if (record.kind === 'bout') {
      const b = record.row;
      if (this.bouts.has(b.id)) this.fail(`bout ${b.id} logged twice`);
      this.bouts.set(b.id, b);
      if (!(b.endedAt > b.startedAt)) this.fail(`bout ${b.id} ends at or before its start`);
      this.checkSitting(b.startedAt, b.endedAt, `bout ${b.id} (${b.end})`);
    } else if (record.kind === 'prompt') {
      const p = record.row;
      if (this.prompts.has(p.id)) this.fail(`prompt ${p.id} settled twice`);
      this.prompts.set(p.id, p);
      if (p.settledAt < p.dueAt) this.fail(`prompt ${p.id} settled before it was due`);
      if (p.shownAt !== null && p.shownAt < p.dueAt) this.fail(`prompt ${p.id} shown before due`);
      if (p.boutId !== null && !this.bouts.has(p.boutId) && this.state.bout?.id !== p.boutId) {
        this.fail(`prompt ${p.id} names bout ${p.boutId}, never logged`);
      }
      this.checkPromptTime(p.dueAt, `prompt ${p.id}`);
    } else if (record.kind === 'painCheck') {
      const day = dayKey(record.row.at);
      // A clock set back can bring a day round again; only an honest clock asks once a day.
      if (this.painChecks.has(day) && !this.options.jumpy) this.fail(`two pain checks on ${day}`);
      this.painChecks.add(day);
    } else {
      const pain = record.row;
      this.pains.push(pain);
      if (!this.prompts.has(pain.promptId)) this.fail(`pain ${pain.id} names an unknown prompt`);
    }
  }

  /** Sitting never covers a silence, nor any time outside the working hours then in force. */
  private checkSitting(start: number, end: number, what: string): void {
    if (this.options.jumpy) return;
    for (const [a, b] of this.silences) {
      if (start < b && end > a) this.fail(`${what} covers the silence ${span(a, b)}`);
    }
    for (let i = 0; i < this.epochs.length; i++) {
      const epoch = this.epochs[i];
      const next = this.epochs[i + 1]?.from ?? Number.POSITIVE_INFINITY;
      const from = Math.max(start, epoch?.from ?? start);
      const until = Math.min(end, next);
      if (!epoch || until <= from) continue;
      const schedule = epoch.settings.schedule;
      const change = nextScheduleChange(from, schedule);
      if (!isWorkingTime(from, schedule) || (change !== null && change < until)) {
        this.fail(`${what} runs outside working hours in ${span(from, until)}`);
      }
    }
  }

  private checkPromptTime(dueAt: number, what: string): void {
    if (this.options.jumpy) return;
    for (const [a, b] of this.silences) {
      if (dueAt > a && dueAt < b) this.fail(`${what} fell due in the silence ${span(a, b)}`);
    }
  }

  private checkEnd(): void {
    const s = this.state;
    if (s.bout)
      this.checkSitting(s.bout.startedAt, Math.max(s.lastSeenAt, s.bout.startedAt), 'the bout');
    for (const id of this.everPending) {
      if (!this.prompts.has(id) && s.prompt?.id !== id) this.fail(`prompt ${id} was lost`);
    }
    for (const p of this.prompts.values()) {
      if (p.boutId !== null && !this.bouts.has(p.boutId) && s.bout?.id !== p.boutId) {
        this.fail(`prompt ${p.id} names bout ${p.boutId}, never logged`);
      }
    }
  }

  private fail(what: string): void {
    this.violations.push(
      `seed ${this.options.seed}${this.options.jumpy ? ' (jumpy)' : ''}, event ${this.events} (${this.label}): ${what}`,
    );
  }

  // ---- random pieces -------------------------------------------------------------------------

  /** Mostly minutes, sometimes hours. */
  private duration(): number {
    const roll = this.r.next();
    if (roll < 0.5) return this.r.int(10, 15 * 60) * 1000;
    if (roll < 0.9) return this.r.int(15, 60) * minuteMs;
    return this.r.int(60, 5 * 60) * minuteMs;
  }

  private someStretches(): string[] {
    return stretchIds.filter(() => this.r.next() < 0.3).slice(0, this.r.int(0, 5));
  }

  private randomSettings(first: boolean): Settings {
    const r = this.r;
    const breakMin = r.int(2, 15);
    const days = ([0, 1, 2, 3, 4, 5, 6] as Weekday[]).filter(() => r.next() < 0.7);
    const startMinute = r.int(0, 12) * 60 + r.pick([0, 30]);
    return {
      ...anytime,
      sittingLimitMin: r.int(10, 60),
      breakMin,
      snoozeMin: r.int(1, 15),
      maxSnoozes: r.int(0, 3),
      idleDetectionSec: Math.min(r.int(15, 600), breakMin * 60 - 1),
      deferWhileFullscreen: r.next() < 0.5,
      schedule: {
        enabled: first || r.next() < 0.7,
        days: days.length > 0 ? days : [1],
        startMinute,
        endMinute: Math.min(24 * 60, startMinute + r.int(2, 12) * 60),
      },
    };
  }
}

function span(a: number, b: number): string {
  return `${new Date(a).toString()} → ${new Date(b).toString()}`;
}
