// A care plan's daily question after the first routine (core/pain-check.ts): one tap, 0–10, or Skip.
import { useLayoutEffect, useRef } from 'preact/hooks';
import { t } from './i18n';

const scores = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;

export interface PainCheckProps {
  /** The clinic that asks, named so the user knows who will see the answers in their report. */
  clinic: string;
  /** An answer is on its way: the buttons wait for it, so a double tap cannot answer twice. */
  busy: boolean;
  /** A score 0–10, or null for Skip. */
  onAnswer: (score: number | null) => void;
}

export function PainCheck({ clinic, busy, onAnswer }: PainCheckProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  // A new screen after the routine: focus its question, so a screen reader reads it.
  useLayoutEffect(() => heading.current?.focus(), []);
  return (
    <section class="routine pain-check" data-screen="pain-check">
      <h1 id="pain-check-question" ref={heading} tabIndex={-1}>
        {t('painCheckQuestion')}
      </h1>
      <p>{t('painCheckWhy', clinic)}</p>
      <fieldset class="pain-scale" aria-labelledby="pain-check-question">
        {scores.map((score) => (
          <button
            key={score}
            type="button"
            data-score={score}
            disabled={busy}
            aria-label={t('painCheckScore', score)}
            onClick={() => onAnswer(score)}
          >
            {score}
          </button>
        ))}
      </fieldset>
      <p class="pain-scale-ends" aria-hidden="true">
        <span>{t('painCheckNone')}</span>
        <span>{t('painCheckWorst')}</span>
      </p>
      <div class="actions">
        <button type="button" data-command="skip" disabled={busy} onClick={() => onAnswer(null)}>
          {t('painCheckSkip')}
        </button>
      </div>
    </section>
  );
}
