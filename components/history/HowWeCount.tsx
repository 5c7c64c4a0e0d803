// How History counts, in the user's words: the rules of docs/counting.md, one line each.
import { type MessageKey, t } from '../i18n';

const rules: MessageKey[] = [
  'historyHowOnce',
  'historyHowTaken',
  'historyHowDone',
  'historyHowChain',
  'historyHowMissed',
  'historyHowPaused',
  'historyHowManual',
  'historyHowAway',
];

export function HowWeCount() {
  return (
    <details class="how-we-count">
      <summary>{t('historyHowHeading')}</summary>
      <ul>
        {rules.map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ul>
    </details>
  );
}
