// A care plan's daily pain check (docs/care-plans.md): asked once a local day, after a routine.
import { dayKey } from './days';
import type { AnswerVerdict, EngineState } from './engine-types';
import { nextId } from './sitting-rules';

/** Whether the question is still to be asked today: only a plan that asks for it, once a day. */
export function painCheckDue(
  state: Pick<EngineState, 'painCheckedOn'>,
  plan: { painCheck: boolean } | null,
  now: number,
): boolean {
  return plan?.painCheck === true && state.painCheckedOn !== dayKey(now);
}

/**
 * Logs the answer (or the skip, as null) once per local day: a second answer the same day, from a
 * double click or a second window, is stale and changes nothing.
 */
export function checkPain(s: EngineState, score: number | null, at: number): AnswerVerdict {
  const day = dayKey(at);
  if (s.painCheckedOn === day) return 'stale';
  s.painCheckedOn = day;
  s.outbox.push({ kind: 'painCheck', row: { id: nextId(s, 'c', at), at, score } });
  return 'recorded';
}
