// Retention: how long the log keeps entries. Nothing is saved while the choice moves (arrowing
// through the list passes "30 days" on the way); Apply saves it, and a period that would delete
// entries first says how many and asks, with the focus on keeping them, as Erase does.
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { keepsLess, retentionCutoff } from '../../core/retention';
import { type RetentionDays, retentionChoices } from '../../core/settings';
import type { LogDb } from '../../storage/db';
import { countOlderThan, type RetentionLoss } from '../../storage/retention';
import { type MessageKey, t } from '../i18n';
import { CountList, formatDate } from './CountList';
import type { DataPageDeps } from './data-deps';

const choiceLabels: Record<RetentionDays, MessageKey> = {
  0: 'dataRetentionForever',
  30: 'dataRetention30',
  90: 'dataRetention90',
  180: 'dataRetention180',
  365: 'dataRetention365',
  730: 'dataRetention730',
};

type Step =
  | { step: 'idle' | 'counting' | 'saving' | 'kept' | 'failed' }
  | { step: 'saved'; cutoff: number | null }
  /** `loss` is null when the log could not be counted: the question is asked all the same. */
  | { step: 'confirm'; cutoff: number; loss: RetentionLoss | null };

interface Props {
  deps: DataPageDeps;
  /** The log, to count what a shorter period deletes; null when it cannot be opened. */
  db: LogDb | null;
}

export function RetentionSection({ deps, db }: Props) {
  const [saved, setSaved] = useState<RetentionDays | null>(null);
  const [draft, setDraft] = useState<RetentionDays | null>(null);
  const [state, setState] = useState<Step>({ step: 'idle' });
  const keep = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    let live = true;
    deps.loadSettings().then(
      (settings) => {
        if (!live) return;
        setSaved(settings.retentionDays);
        setDraft(settings.retentionDays);
      },
      () => live && setState({ step: 'failed' }),
    );
    return () => {
      live = false;
    };
  }, [deps]);

  // The safe answer takes the focus: a stray Enter keeps the entries.
  useLayoutEffect(() => {
    if (state.step === 'confirm') keep.current?.focus();
  }, [state.step]);

  const save = async (next: RetentionDays, cutoff: number | null) => {
    setState({ step: 'saving' });
    try {
      // Read afresh, so a change saved elsewhere since this page opened is not undone.
      const settings = await deps.loadSettings();
      await deps.saveSettings({ ...settings, retentionDays: next });
      setSaved(next);
      setState({ step: 'saved', cutoff });
    } catch (error) {
      console.warn('Hip Check could not save the retention setting', error);
      setState({ step: 'failed' });
    }
  };

  const apply = async () => {
    if (draft === null || saved === null || draft === saved) return;
    const cutoff = retentionCutoff(draft, deps.now());
    if (cutoff === null || !keepsLess(draft, saved)) return save(draft, null);
    setState({ step: 'counting' });
    const loss = await countLoss(db, cutoff);
    const lost = loss && loss.prompts + loss.bouts + loss.pains + loss.painChecks;
    if (lost === 0) return save(draft, cutoff);
    setState({ step: 'confirm', cutoff, loss });
  };

  const busy = state.step === 'counting' || state.step === 'saving';
  return (
    <section aria-labelledby="data-retention">
      <h2 id="data-retention">{t('dataRetentionHeading')}</h2>
      <div class="field">
        <label for="data-retention-days">{t('dataRetention')}</label>
        <select
          id="data-retention-days"
          value={draft === null ? '' : String(draft)}
          disabled={draft === null || busy}
          aria-describedby="data-retention-hint"
          onChange={(e) => {
            const value = Number(e.currentTarget.value);
            const next = retentionChoices.find((choice) => choice === value);
            if (next === undefined) return;
            // A new choice, not yet applied: any question about the previous one no longer holds.
            setDraft(next);
            setState({ step: 'idle' });
          }}
        >
          {retentionChoices.map((choice) => (
            <option key={choice} value={String(choice)}>
              {t(choiceLabels[choice])}
            </option>
          ))}
        </select>
        <p id="data-retention-hint" class="hint">
          {t('dataRetentionHint')}
        </p>
      </div>
      {state.step === 'confirm' ? (
        <fieldset class="confirm">
          <legend>{t('dataRetentionQuestion', formatDate(state.cutoff))}</legend>
          {state.loss ? (
            <>
              <p>{t('dataRetentionLoses')}</p>
              <CountList counts={state.loss} />
              <p class="warning">{t('dataRetentionFinal')}</p>
            </>
          ) : (
            <p class="warning">{t('dataRetentionLosesUncounted')}</p>
          )}
          <div class="actions">
            <button
              type="button"
              class="danger"
              data-command="retention-confirm"
              onClick={() => draft !== null && void save(draft, state.cutoff)}
            >
              {t('dataRetentionConfirm')}
            </button>
            <button
              type="button"
              ref={keep}
              data-command="retention-keep"
              onClick={() => {
                setDraft(saved);
                setState({ step: 'kept' });
              }}
            >
              {t('dataRetentionKeep')}
            </button>
          </div>
        </fieldset>
      ) : (
        <div class="actions">
          <button
            type="button"
            data-command="retention-apply"
            disabled={draft === null || draft === saved || busy}
            onClick={() => void apply()}
          >
            {t('dataRetentionApply')}
          </button>
        </div>
      )}
      <p role="status">{statusText(state)}</p>
    </section>
  );
}

function statusText(state: Step): string {
  switch (state.step) {
    case 'counting':
      return t('dataRetentionCounting');
    case 'saved':
      return state.cutoff === null
        ? t('dataRetentionSaved')
        : t('dataRetentionSavedShorter', formatDate(state.cutoff));
    case 'kept':
      return t('dataRetentionKept');
    case 'failed':
      return t('dataRetentionFailed');
    default:
      return '';
  }
}

/** What the cutoff would delete, or null when the log can't be read: then the page still asks. */
async function countLoss(db: LogDb | null, cutoff: number): Promise<RetentionLoss | null> {
  if (!db) return null;
  try {
    return await countOlderThan(db, cutoff);
  } catch (error) {
    console.warn('Hip Check could not count what retention would delete', error);
    return null;
  }
}
