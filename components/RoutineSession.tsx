// A routine for the pending prompt (or one started by hand): picks it, tells the background, plays it.
import { useEffect, useRef, useState } from 'preact/hooks';
import { type EngineState, manualId } from '../core/engine-types';
import { painCheckDue } from '../core/pain-check';
import type { PlayerItem } from '../core/player';
import { type PlanStretch, pickRoutine, type Routine } from '../core/routine';
import { itemDose, planInForce } from '../core/routine-plan';
import type { Settings } from '../core/settings';
import { findStretch, type StretchId } from '../core/stretches';
import type { AnswerMessage, Message } from '../messages';
import { AlreadyRecorded } from './AlreadyRecorded';
import { PainCheck } from './PainCheck';
import { type PlayerOutcome, RoutinePlayer } from './RoutinePlayer';
import { type SendAnswer, useAnswer } from './use-answer';

export interface RoutineHistory {
  /** Stretches offered earlier today, oldest first, and those of the last routine offered. */
  earlierToday: string[];
  previous: string[];
}

export interface RoutineSessionProps {
  state: EngineState;
  settings: Settings;
  /** The care plan in force, if any: the routine comes from its stretches (core/routine.ts). */
  plan?: { stretches: readonly PlanStretch[] } | null;
  now: number;
  loadHistory: (dayStart: number) => Promise<RoutineHistory>;
  send: (message: Message) => Promise<void>;
  answer: SendAnswer;
  /** Keeps the background told that this page plays `promptId`; returns how to stop. */
  watch: (promptId: string) => () => void;
  /** "Don't offer it again" after "This hurt": adds the stretch to the personal hidden ones. */
  hideStretch: (stretchId: StretchId) => Promise<void>;
  /** The plan asks once a day, after a routine, how the pain is (core/pain-check.ts). */
  painCheck?: { clinic: string } | null;
  close: () => void;
  /** For tests: the id a "Stretch now" routine gets. */
  makeManualId?: () => string;
}

const randomManualId = () => manualId(Date.now(), crypto.randomUUID());

export function RoutineSession(props: RoutineSessionProps) {
  const { state, settings } = props;
  const answering = useAnswer(props.answer);
  // The prompt this page plays: the pending one, or a "Stretch now" of its own once started.
  const [promptId, setPromptId] = useState<string | null>(state.prompt?.id ?? null);
  const [routine, setRoutine] = useState<Routine | null>(null);
  // Whether this page settled the prompt itself, and whether it has seen it pending at all.
  const settledHere = useRef(false);
  const seenPending = useRef(false);
  const pending = promptId !== null && state.prompt?.id === promptId;
  if (pending) seenPending.current = true;
  // After the day's first routine under a plan that asks: the pain check, then close.
  const [asking, setAsking] = useState<'no' | 'yes' | 'sending'>('no');
  const painSent = useRef(false);
  const stopWatching = useRef<(() => void) | null>(null);
  const watchStop = () => {
    stopWatching.current?.();
    stopWatching.current = null;
  };
  useEffect(() => watchStop, []);

  // One routine per page: chosen once, then kept, so nothing changes under the user's feet.
  useEffect(() => {
    let live = true;
    const dayStart = new Date(props.now).setHours(0, 0, 0, 0);
    props.loadHistory(dayStart).then((history) => {
      if (!live) return;
      setRoutine(
        pickRoutine({
          dayStart,
          budgetSec: (settings.routineMinutes * 60) as 60 | 120 | 300,
          filters: settings.filters,
          hidden: settings.hiddenStretches,
          earlierToday: knownIds(history.earlierToday),
          previous: knownIds(history.previous),
          plan: props.plan ?? null,
        }),
      );
    });
    return () => {
      live = false;
    };
  }, []);

  // The log keeps what was offered for the prompt, once it is pending.
  const offeredFor = useRef<string | null>(null);
  useEffect(() => {
    if (!routine || !pending || !promptId || offeredFor.current === promptId) return;
    offeredFor.current = promptId;
    void props.send({
      type: 'routineOffered',
      promptId,
      stretches: routine.items.map((i) => i.id),
    });
  }, [routine, pending, promptId]);

  if (!routine) return null;
  if (answering.stale || (seenPending.current && !pending && !settledHere.current)) {
    return <AlreadyRecorded onClose={props.close} />;
  }
  const snoozeLeft = state.snoozesInRow < settings.maxSnoozes;

  const start = async () => {
    // A prompt that fell due while this page showed "Stretch now" is the one being answered.
    const id = state.prompt?.id ?? promptId ?? (props.makeManualId ?? randomManualId)();
    setPromptId(id);
    const verdict = await answering.answer({ type: 'routineStarted', promptId: id });
    if (verdict === 'recorded') {
      watchStop();
      stopWatching.current = props.watch(id);
    }
  };

  const onOutcome = async (outcome: PlayerOutcome) => {
    if (!promptId) return;
    const verdict = await settle(
      outcome.type === 'snooze' || outcome.type === 'skip'
        ? { type: outcome.type, promptId }
        : {
            type: 'routineFinished',
            promptId,
            outcome: outcome.type,
            completed: outcome.completed,
            ...(outcome.type === 'hurt' ? { painStretch: outcome.stretchId } : {}),
          },
    );
    if (verdict !== 'recorded') return;
    watchStop();
    if (outcome.type === 'hurt') return;
    if (props.painCheck && painCheckDue(state, { painCheck: true }, props.now)) setAsking('yes');
    else props.close();
  };

  const answerPainCheck = (score: number | null) => {
    // A ref, not the state: a second tap can come before the busy buttons have rendered.
    if (painSent.current) return;
    painSent.current = true;
    setAsking('sending');
    // A second window asking too only gets a stale answer: the first of the day counts.
    void props
      .send({ type: 'painCheck', score })
      .catch(() => undefined)
      .finally(props.close);
  };

  // The stored state can report the prompt settled before the reply arrives: this page's own
  // answer must not read as "settled elsewhere", so it is marked before it is sent.
  const settle = async (message: AnswerMessage) => {
    if (answering.inFlight()) return null;
    settledHere.current = true;
    const verdict = await answering.answer(message);
    if (verdict !== 'recorded') settledHere.current = false;
    return verdict;
  };

  if (asking !== 'no' && props.painCheck) {
    return (
      <PainCheck
        clinic={props.painCheck.clinic}
        busy={asking === 'sending'}
        onAnswer={answerPainCheck}
      />
    );
  }
  return (
    <RoutinePlayer
      items={routine.items.map(toPlayerItem)}
      walk={walkItem(routine)}
      trigger={state.prompt?.trigger ?? 'manual'}
      planned={planInForce(props.plan)}
      snoozeMin={snoozeLeft ? settings.snoozeMin : null}
      chime={settings.chime}
      busy={answering.busy}
      onStart={() => void start()}
      onProgress={(completed, of) => {
        if (promptId) void props.answer({ type: 'routineProgress', promptId, completed, of });
      }}
      onOutcome={(outcome) => void onOutcome(outcome)}
      onHide={(stretchId) => {
        const [known] = knownIds([stretchId]);
        if (known) void props.hideStretch(known);
      }}
      onClose={props.close}
    />
  );
}

/** The item as the player works it: its dose (one side only when it has one), side and note. */
function toPlayerItem(item: Routine['items'][number]): PlayerItem {
  const dose = itemDose(item) ?? ({ kind: 'walk', seconds: item.durationSec } as const);
  const out: PlayerItem = { id: item.id, dose };
  if (item.side) out.side = item.side;
  if (item.note) out.note = item.note;
  return out;
}

/** The walk offered instead: its length, and a plan's note for it. */
function walkItem(routine: Routine): PlayerItem {
  const walk: PlayerItem = {
    id: 'walk-break',
    dose: { kind: 'walk', seconds: routine.alternativeSec },
  };
  if (routine.alternativeNote) walk.note = routine.alternativeNote;
  return walk;
}

/** Ids read from the log may name a stretch a later version dropped: keep the ones we know. */
function knownIds(ids: string[]): StretchId[] {
  return ids.flatMap((id) => findStretch(id)?.id ?? []);
}
