// Restore: read a backup file, show what it holds, and replace the log only once the user agrees.
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { type Backup, type BackupSummary, parseBackup, summarizeBackup } from '../../core/backup';
import { t } from '../i18n';
import { CountList, formatDate } from './CountList';
import type { DataPageDeps } from './data-deps';
import { RestoreSettingsChoice } from './RestoreSettingsChoice';
import { refusalText } from './reply-text';

type Step =
  | { step: 'idle' | 'reading' | 'restoring' | 'cancelled' }
  | { step: 'restored'; withSettings: boolean }
  | { step: 'confirm'; name: string; backup: Backup; summary: BackupSummary }
  | { step: 'refused'; error: string; params: string[] };

export function RestoreSection({ deps }: { deps: DataPageDeps }) {
  const [state, setState] = useState<Step>({ step: 'idle' });
  // Asked afresh for every file: keeping the current settings is the default each time.
  const [withSettings, setWithSettings] = useState(false);
  const question = useRef<HTMLLegendElement>(null);
  // The question takes the focus, so a screen reader reads what the file holds before the buttons.
  useLayoutEffect(() => {
    if (state.step === 'confirm') question.current?.focus();
  }, [state.step]);

  const choose = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    // Cleared, so choosing the same file again (after fixing it, say) reads it again.
    input.value = '';
    if (!file) return;
    setState({ step: 'reading' });
    const text = await file.text().catch(() => null);
    if (text === null) {
      setState({ step: 'refused', error: 'backupErrUnreadable', params: [] });
      return;
    }
    const checked = parseBackup(text, deps.now());
    setWithSettings(false);
    setState(
      checked.ok
        ? {
            step: 'confirm',
            name: file.name,
            backup: checked.value,
            summary: summarizeBackup(checked.value),
          }
        : { step: 'refused', error: checked.error, params: checked.params },
    );
  };

  const restore = async (backup: Backup) => {
    setState({ step: 'restoring' });
    const settings = withSettings && backup.settings !== null;
    const reply = await deps
      .send({ type: 'restoreBackup', backup, withSettings: settings })
      .catch(() => ({ ok: false as const, error: 'dataErrNoAnswer', params: [] }));
    setState(
      reply.ok ? { step: 'restored', withSettings: settings } : { step: 'refused', ...reply },
    );
  };

  return (
    <section aria-labelledby="data-restore">
      <h2 id="data-restore">{t('dataRestoreHeading')}</h2>
      <p>{t('dataRestoreIntro')}</p>
      <div class="field">
        <label for="data-restore-file">{t('dataRestoreChoose')}</label>
        <input
          id="data-restore-file"
          type="file"
          accept=".json,application/json"
          disabled={state.step === 'reading' || state.step === 'restoring'}
          onChange={(e) => void choose(e.currentTarget)}
        />
      </div>
      {state.step === 'confirm' && (
        <fieldset class="confirm">
          <legend ref={question} tabIndex={-1}>
            {t('dataRestoreQuestion')}
          </legend>
          {/* The file name is the user's text: Preact sets it as text, never as HTML. */}
          <p>{t('dataRestoreHolds', state.name, formatDate(state.backup.exportedAt))}</p>
          <CountList counts={state.summary} />
          <p>
            {state.summary.from === null || state.summary.to === null
              ? t('dataRestoreNoEntries')
              : t('dataRestoreRange', formatDate(state.summary.from), formatDate(state.summary.to))}
          </p>
          <RestoreSettingsChoice
            hasSettings={state.backup.settings !== null}
            withSettings={withSettings}
            onChange={setWithSettings}
          />
          <p class="warning">{t('dataRestoreWarning')}</p>
          <div class="actions">
            <button
              type="button"
              class="danger"
              data-command="restore-confirm"
              onClick={() => void restore(state.backup)}
            >
              {t('dataRestoreConfirm')}
            </button>
            <button type="button" onClick={() => setState({ step: 'cancelled' })}>
              {t('dataRestoreCancel')}
            </button>
          </div>
        </fieldset>
      )}
      <p role="status">{statusText(state)}</p>
      <p role="alert" class="field-error">
        {state.step === 'refused' && refusedText(state.error, state.params)}
      </p>
    </section>
  );
}

function statusText(state: Step): string {
  switch (state.step) {
    case 'reading':
      return t('dataRestoreReading');
    case 'restoring':
      return t('dataRestoring');
    case 'restored':
      return state.withSettings ? t('dataRestoredWithSettings') : t('dataRestored');
    case 'cancelled':
      return t('dataUnchanged');
    default:
      return '';
  }
}

/** A backup refused by the checks never reached the log; the other refusals say so themselves. */
function refusedText(error: string, params: string[]): string {
  const text = refusalText(error, params);
  return error.startsWith('backupErr') ? `${text} ${t('dataUnchanged')}` : text;
}
