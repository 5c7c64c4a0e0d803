// The options page: every setting in sections, validated as you go, saved together with one button.
import { t } from '../i18n';
import { useTheme } from '../theme';
import { AppearanceSection } from './AppearanceSection';
import { errorText, type FieldErrors } from './Fields';
import { PromptsSection } from './PromptsSection';
import { ScheduleSection } from './ScheduleSection';
import { SittingSection } from './SittingSection';
import { StretchesSection } from './StretchesSection';
import { type SyncControl, SyncSection } from './SyncSection';
import { type PlanSource, usePlanOver } from './use-plan-over';
import { type SaveStatus, type SettingsStore, useSettingsDraft } from './use-settings-draft';

/** Paths whose message a field shows beside itself; any other error is shown by the Save button. */
const shownBesideField =
  /^(sittingLimitMin|breakMin|snoozeMin|maxSnoozes|idleDetectionSec|dailyGoal|schedule\.(days|startMinute|endMinute))/;

export interface OptionsPageProps {
  store: SettingsStore;
  sync?: SyncControl;
  /** The care plan in force, whose settings lie over the personal ones being edited here. */
  plan?: PlanSource;
}

export function OptionsPage({ store, sync, plan }: OptionsPageProps) {
  const form = useSettingsDraft(store);
  const planOver = usePlanOver(plan);
  // The theme previews at once; it is kept only once saved, like every other choice.
  useTheme(form.draft?.theme);
  if (!form.draft) {
    return (
      <main class="options">
        <p class="quiet">{t('optionsLoading')}</p>
      </main>
    );
  }
  const sectionProps = { draft: form.draft, errors: form.errors, set: form.set };
  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      <p>{t('optionsIntro')}</p>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void form.save();
        }}
      >
        <SittingSection {...sectionProps} plan={planOver} />
        <ScheduleSection {...sectionProps} />
        <PromptsSection {...sectionProps} />
        <AppearanceSection {...sectionProps} />
        <StretchesSection {...sectionProps} plan={planOver} />
        <SaveBar
          valid={form.valid}
          errors={form.errors}
          status={form.status}
          changedElsewhere={form.changedElsewhere}
        />
      </form>
      {sync && <SyncSection sync={sync} />}
      <p>
        <a href="/onboarding.html">{t('optionsWelcomeAgain')}</a>
      </p>
    </main>
  );
}

interface SaveBarProps {
  valid: boolean;
  errors: FieldErrors;
  status: SaveStatus;
  changedElsewhere: boolean;
}

function SaveBar({ valid, errors, status, changedElsewhere }: SaveBarProps) {
  const elsewhere = Object.entries(errors).filter(([path]) => !shownBesideField.test(path));
  const news =
    status === 'saved'
      ? t('optionsSaved')
      : status === 'failed'
        ? t('optionsSaveFailed')
        : changedElsewhere
          ? t('optionsChangedElsewhere')
          : '';
  return (
    <div class="save-bar">
      <button type="submit" class="primary" disabled={!valid || status === 'saving'}>
        {t('optionsSave')}
      </button>
      {!valid && (
        <p class="field-error">
          {t('optionsFixFirst')} {elsewhere.map(([, error]) => errorText(error)).join(' ')}
        </p>
      )}
      <p role="status" class="save-status">
        {news}
      </p>
    </div>
  );
}
