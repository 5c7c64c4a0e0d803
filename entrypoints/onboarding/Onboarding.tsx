// The welcome form: what Hip Check does, schedule, sitting limit, health filters, the disclaimer, Start.
import { useState } from 'preact/hooks';
import { t } from '../../components/i18n';
import { useTheme } from '../../components/theme';
import { numberRanges, type Settings, validateSettings } from '../../core/settings';
import { Disclaimer } from './Disclaimer';
import { type ChangeDraft, type Draft, draftOf, settingsOf } from './draft';
import { FieldError, invalidProps } from './FieldError';
import { FilterFields } from './FilterFields';
import { ScheduleFields } from './ScheduleFields';
import { type Shortcut, Shortcuts } from './Shortcuts';

export interface OnboardingProps {
  initial: Settings;
  save: (settings: Settings) => Promise<void>;
  close: () => void;
  loadShortcuts: () => Promise<Shortcut[]>;
}

export function Onboarding({ initial, save, close, loadShortcuts }: OnboardingProps) {
  useTheme(initial.theme);
  const [draft, setDraft] = useState<Draft>(() => draftOf(initial));
  const [tried, setTried] = useState(false);
  const [saveFailed, setSaveFailed] = useState(false);
  // From the latest draft, not this render's: quick clicks must not undo each other.
  const change: ChangeDraft = (patch) =>
    setDraft((old) => ({ ...old, ...(typeof patch === 'function' ? patch(old) : patch) }));
  const result = validateSettings(settingsOf(draft, initial));
  const errors = result.ok ? {} : result.errors;
  const limitError = errors.sittingLimitMin;
  const { min, max } = numberRanges.sittingLimitMin;

  const start = async (event: Event) => {
    event.preventDefault();
    setTried(true);
    if (!result.ok) {
      document.querySelector<HTMLElement>('[aria-invalid="true"], [data-invalid] input')?.focus();
      return;
    }
    try {
      await save(result.value);
      close();
    } catch {
      setSaveFailed(true);
    }
  };

  return (
    <main class="onboarding">
      <h1>{t('onboardingTitle')}</h1>
      <p class="intro">{t('onboardingIntro')}</p>
      <p class="quiet">{t('onboardingLater')}</p>
      <form onSubmit={(e) => void start(e)} noValidate>
        <ScheduleFields draft={draft} errors={errors} change={change} />
        <fieldset>
          <legend>{t('onboardingLimitLegend')}</legend>
          <label for="sitting-limit">{t('onboardingLimitLabel')}</label>
          <input
            type="number"
            id="sitting-limit"
            inputMode="numeric"
            min={min}
            max={max}
            step={5}
            value={draft.limit}
            onInput={(e) => change({ limit: e.currentTarget.value })}
            {...invalidProps('limit-error', limitError, 'limit-hint')}
          />
          <p id="limit-hint" class="quiet">
            {t('onboardingLimitHint', min, max)}
          </p>
          <FieldError id="limit-error" error={limitError} />
        </fieldset>
        <FilterFields filters={draft.filters} change={change} />
        <Disclaimer />
        <Shortcuts load={loadShortcuts} />
        <div class="start" aria-live="polite">
          {tried && !result.ok ? <p class="field-error">{t('onboardingFixErrors')}</p> : null}
          {saveFailed ? <p class="field-error">{t('onboardingSaveFailed')}</p> : null}
          <button type="submit" class="primary" data-command="start">
            {t('onboardingStart')}
          </button>
        </div>
      </form>
    </main>
  );
}
