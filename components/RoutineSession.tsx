// A routine for the pending prompt (or one started by hand): picks it, tells the background, plays it.
import { useEffect, useState } from 'preact/hooks';
import type { EngineState } from '../core/engine-types';
import type { PlayerItem } from '../core/player';
import { pickRoutine, type Routine } from '../core/routine';
import type { Settings } from '../core/settings';
import { applyOverride, findStretch, type StretchId } from '../core/stretches';
import type { Message } from '../messages';
import { type PlayerOutcome, RoutinePlayer } from './RoutinePlayer';

export interface RoutineHistory {
  /** Stretches offered earlier today, oldest first, and those of the last routine offered. */
  earlierToday: string[];
  previous: string[];
}

export interface RoutineSessionProps {
  state: EngineState;
  settings: Settings;
  now: number;
  loadHistory: (dayStart: number) => Promise<RoutineHistory>;
  send: (message: Message) => Promise<void>;
  saveSettings: (settings: Settings) => Promise<void>;
  close: () => void;
}

export function RoutineSession(props: RoutineSessionProps) {
  const { state, settings } = props;
  const promptId = state.prompt?.id ?? null;
  const [routine, setRoutine] = useState<Routine | null>(null);

  // One routine per prompt: chosen when the prompt first shows here, then kept.
  useEffect(() => {
    let live = true;
    const dayStart = new Date(props.now).setHours(0, 0, 0, 0);
    props.loadHistory(dayStart).then((history) => {
      if (!live) return;
      const picked = pickRoutine({
        dayStart,
        budgetSec: (settings.routineMinutes * 60) as 60 | 120 | 300,
        filters: settings.filters,
        hidden: settings.hiddenStretches,
        earlierToday: knownIds(history.earlierToday),
        previous: knownIds(history.previous),
      });
      setRoutine(picked);
      if (promptId) {
        void props.send({
          type: 'routineOffered',
          promptId,
          stretches: picked.items.map((i) => i.id),
        });
      }
    });
    return () => {
      live = false;
    };
    // Chosen once per prompt: a settings change must not swap the routine under the user's feet.
  }, [promptId]);

  if (!routine) return null;
  const snoozeLeft = state.snoozesInRow < settings.maxSnoozes;

  const onOutcome = async (outcome: PlayerOutcome) => {
    if (outcome.type === 'snooze' || outcome.type === 'skip') {
      await props.send({ type: outcome.type, promptId: promptId ?? undefined });
      props.close();
      return;
    }
    await props.send({
      type: 'routineFinished',
      outcome: outcome.type,
      completed: outcome.completed,
      ...(outcome.type === 'hurt' ? { painStretch: outcome.stretchId } : {}),
    });
    if (outcome.type !== 'hurt') props.close();
  };

  return (
    <RoutinePlayer
      items={routine.items.map(toPlayerItem)}
      walk={{ id: 'walk-break', dose: { kind: 'walk', seconds: routine.alternativeSec } }}
      trigger={state.prompt?.trigger ?? 'manual'}
      snoozeMin={snoozeLeft ? settings.snoozeMin : null}
      chime={settings.chime}
      onStart={() => void props.send({ type: 'routineStarted' })}
      onOutcome={(outcome) => void onOutcome(outcome)}
      onHide={(stretchId) =>
        void props.saveSettings({
          ...settings,
          hiddenStretches: [...new Set([...settings.hiddenStretches, ...knownIds([stretchId])])],
        })
      }
      onClose={props.close}
    />
  );
}

function toPlayerItem(item: Routine['items'][number]): PlayerItem {
  const stretch = findStretch(item.id);
  const dose = stretch
    ? applyOverride(stretch.dose, { holdSec: item.holdSec, reps: item.reps })
    : ({ kind: 'walk', seconds: item.durationSec } as const);
  return { id: item.id, dose };
}

/** Ids read from the log may name a stretch a later version dropped: keep the ones we know. */
function knownIds(ids: string[]): StretchId[] {
  return ids.flatMap((id) => findStretch(id)?.id ?? []);
}
