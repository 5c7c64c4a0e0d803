// The restore's second question: whether the backup's settings come back with its log.
import { t } from '../i18n';

/**
 * Two radio buttons in their own group, so the keyboard moves between them with the arrows and a
 * screen reader reads the question with each. Keeping the current settings comes first and is
 * the default: a restore should never change reminders nobody asked to change.
 */
export function RestoreSettingsChoice(props: {
  hasSettings: boolean;
  withSettings: boolean;
  onChange: (withSettings: boolean) => void;
}) {
  if (!props.hasSettings) return <p>{t('dataRestoreNoSettings')}</p>;
  const option = (value: boolean, label: string) => (
    <label class="choice">
      <input
        type="radio"
        name="data-restore-settings"
        value={value ? 'backup' : 'keep'}
        checked={props.withSettings === value}
        onChange={() => props.onChange(value)}
      />{' '}
      {label}
    </label>
  );
  return (
    <fieldset class="settings-choice">
      <legend>{t('dataRestoreSettingsQuestion')}</legend>
      {option(false, t('dataRestoreSettingsKeep'))}
      {option(true, t('dataRestoreSettingsBackup'))}
    </fieldset>
  );
}
