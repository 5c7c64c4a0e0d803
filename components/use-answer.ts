// Sends a page's answers to a prompt one at a time, and remembers when one came too late.
import { useRef, useState } from 'preact/hooks';
import type { AnswerVerdict } from '../core/engine-types';
import type { AnswerMessage } from '../messages';

export type SendAnswer = (message: AnswerMessage) => Promise<AnswerVerdict>;

export interface Answering {
  /** An answer is on its way: buttons that answer wait, so a double click sends one. */
  busy: boolean;
  /** The background said an answer came for a prompt already settled. */
  stale: boolean;
  /** Whether an answer is on its way now, before the page has rendered `busy`. */
  inFlight(): boolean;
  /** The verdict, or null when this page is still waiting for another answer or none came. */
  answer(message: AnswerMessage): Promise<AnswerVerdict | null>;
}

export function useAnswer(send: SendAnswer): Answering {
  const [busy, setBusy] = useState(false);
  const [stale, setStale] = useState(false);
  // A ref as well as state: a second click can arrive before the disabled button is rendered.
  const flying = useRef(false);
  const answer = async (message: AnswerMessage) => {
    if (flying.current) return null;
    flying.current = true;
    setBusy(true);
    try {
      const verdict = await send(message);
      if (verdict === 'stale') setStale(true);
      return verdict;
    } catch (error) {
      console.warn('Hip Check could not send an answer', error);
      return null;
    } finally {
      flying.current = false;
      setBusy(false);
    }
  };
  return { busy, stale, answer, inFlight: () => flying.current };
}
