// How many entries of each kind: shown for the log now, a backup's content and what an erase loses.
import { isValidTime } from '../../core/valid-time';
import { t } from '../i18n';

export interface Counts {
  prompts: number;
  bouts: number;
  pains: number;
  /** A care plan's daily pain checks; the line shows only when there are some. */
  painChecks?: number;
}

/** Label and number side by side, so no sentence needs a plural form the locale files can't make. */
export function CountList({ counts }: { counts: Counts }) {
  return (
    <dl class="counts">
      <dt>{t('dataCountPrompts')}</dt>
      <dd>{counts.prompts.toLocaleString()}</dd>
      <dt>{t('dataCountBouts')}</dt>
      <dd>{counts.bouts.toLocaleString()}</dd>
      <dt>{t('dataCountPains')}</dt>
      <dd>{counts.pains.toLocaleString()}</dd>
      {(counts.painChecks ?? 0) > 0 && (
        <>
          <dt>{t('dataCountPainChecks')}</dt>
          <dd>{counts.painChecks?.toLocaleString()}</dd>
        </>
      )}
    </dl>
  );
}

/** A day in words; a time no Date can hold (a damaged row) says so instead of "Invalid Date". */
export function formatDate(at: number): string {
  if (!isValidTime(at)) return t('dateUnknown');
  return new Date(at).toLocaleDateString(undefined, { dateStyle: 'long' });
}
