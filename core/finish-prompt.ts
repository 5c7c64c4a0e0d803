// A prompt answered by getting up: a routine finished, stopped or hurt in, or "I took a break".
import type { AnswerEvent, EngineState, PromptOutcome } from './engine-types';
import { setPresence } from './presence';
import type { Settings } from './settings';
import { endBout, nextId, settlePrompt } from './sitting-rules';

/**
 * A routine finished, stopped or hurt in, or a break taken without one: the user stood up, so the
 * bout is over. The caller has checked that `promptId` is the pending prompt.
 */
export function finishPrompt(
  s: EngineState,
  event: Extract<AnswerEvent, { type: 'routineFinished' | 'routineAbandoned' | 'tookBreak' }>,
  settings: Settings,
): void {
  const { at } = event;
  const promptId = s.prompt?.id ?? event.promptId;
  const [outcome, completed] = outcomeOf(s, event);
  settlePrompt(s, outcome, at, completed);
  if (event.type === 'routineFinished' && outcome === 'hurt' && event.painStretch) {
    s.outbox.push({
      kind: 'pain',
      row: { id: nextId(s, 'h', at), at, stretchId: event.painStretch, promptId },
    });
  }
  endBout(s, at, 'routine');
  s.snoozesInRow = 0;
  s.owedSince = null;
  setPresence(s, 'active', settings, at);
}

/**
 * Done means every stretch was timed out; a routine with none completed is not done. A page that
 * closed mid-routine leaves what it last reported.
 */
function outcomeOf(
  s: EngineState,
  event: Extract<AnswerEvent, { type: 'routineFinished' | 'routineAbandoned' | 'tookBreak' }>,
): [PromptOutcome, string[]] {
  if (event.type === 'tookBreak') return ['done', []];
  if (event.type === 'routineAbandoned') {
    const progress = s.prompt?.progress;
    const completed = progress?.completed ?? [];
    const whole = progress !== null && progress !== undefined && completed.length >= progress.of;
    return [whole && completed.length > 0 ? 'done' : 'partial', completed];
  }
  const { outcome, completed } = event;
  return [outcome === 'done' && completed.length === 0 ? 'partial' : outcome, completed];
}
