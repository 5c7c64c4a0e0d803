// The welcome form: what Hip Check does, schedule, sitting limit, health filters, the disclaimer, Start.
// The fields are the options page's own; only the limit, schedule and filters are asked about here.
import { useEffect, useState } from 'preact/hooks';
import { numberRanges } from '../../core/settings';
import { t } from '../i18n';
import { NumberField } from '../options/Fields';
import { HealthFilters } from '../options/HealthFilters';
import { ScheduleSection } from '../options/ScheduleSection';
import { type SettingsStore, useSettingsDraft } from '../options/use-settings-draft';
import { useTheme } from '../theme';
import { Disclaimer } from './Disclaimer';
import { type Shortcut, Shortcuts } from './Shortcuts';

export interface OnboardingProps {
  /** Its save keeps only what this page asks about, over the latest stored settings. */
  store: SettingsStore;
  close: () => void;
  loadShortcuts: () => Promise<Shortcut[]>;
}

export function Onboarding({ store, close, loadShortcuts }: OnboardingProps) {
  const form = useSettingsDraft(store);
  useTheme(form.draft?.theme);
  const [tried, setTried] = useState(false);
  useEffect(() => {
    if (form.status === 'saved') close();
  }, [form.status, close]);
  const { min, max } = numberRanges.sittingLimitMin;

  const start = (event: Event) => {
    event.preventDefault();
    setTried(true);
    if (form.valid) {
      void form.save();
      return;
    }
    // A keyboard user lands on what to fix: the days come first on the page, then the other fields.
    const daysInvalid = Object.keys(form.errors).some((path) => path.startsWith('schedule.days'));
    const selector = daysInvalid ? 'fieldset.days input' : '[aria-invalid="true"]';
    document.querySelector<HTMLElement>(selector)?.focus();
  };

  return (
    <main class="onboarding">
      <h1>{t('onboardingTitle')}</h1>
      <p class="intro">{t('onboardingIntro')}</p>
      <p class="quiet">{t('onboardingLater')}</p>
      {form.draft && (
        <form onSubmit={start} noValidate>
          <ScheduleSection draft={form.draft} errors={form.errors} set={form.set} />
          <section aria-labelledby="onboarding-limit">
            <h2 id="onboarding-limit">{t('onboardingLimitLegend')}</h2>
            <NumberField
              name="sittingLimitMin"
              label={t('onboardingLimitLabel')}
              hint={t('onboardingLimitHint', min, max)}
              step={5}
              value={form.draft.sittingLimitMin}
              error={form.errors.sittingLimitMin}
              onValue={(value) => form.set('sittingLimitMin', value)}
            />
          </section>
          <HealthFilters
            filters={form.draft.filters}
            onFilters={(update) => form.set('filters', update)}
          />
          <Disclaimer />
          <Shortcuts load={loadShortcuts} />
          <div class="start" aria-live="polite">
            {tried && !form.valid ? <p class="field-error">{t('onboardingFixErrors')}</p> : null}
            {form.status === 'failed' ? (
              <p class="field-error">{t('onboardingSaveFailed')}</p>
            ) : null}
            <button type="submit" class="primary" data-command="start">
              {t('onboardingStart')}
            </button>
          </div>
        </form>
      )}
    </main>
  );
}
