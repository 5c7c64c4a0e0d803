// Retention: how long the log keeps entries. Saved at once, like sync, because it is chosen here,
// beside the data it deletes, rather than in the settings form with its Save button.
import { useEffect, useState } from 'preact/hooks';
import { type RetentionDays, retentionChoices } from '../../core/settings';
import { type MessageKey, t } from '../i18n';
import type { DataPageDeps } from './data-deps';

const choiceLabels: Record<RetentionDays, MessageKey> = {
  0: 'dataRetentionForever',
  30: 'dataRetention30',
  90: 'dataRetention90',
  180: 'dataRetention180',
  365: 'dataRetention365',
  730: 'dataRetention730',
};

export function RetentionSection({ deps }: { deps: DataPageDeps }) {
  const [days, setDays] = useState<RetentionDays | null>(null);
  const [said, setSaid] = useState('');
  useEffect(() => {
    let live = true;
    deps.loadSettings().then(
      (settings) => live && setDays(settings.retentionDays),
      () => live && setSaid(t('dataRetentionFailed')),
    );
    return () => {
      live = false;
    };
  }, [deps]);

  const choose = async (next: RetentionDays) => {
    setDays(next);
    setSaid('');
    try {
      // Read afresh, so a change saved elsewhere since this page opened is not undone.
      const settings = await deps.loadSettings();
      await deps.saveSettings({ ...settings, retentionDays: next });
      setSaid(t('dataRetentionSaved'));
    } catch (error) {
      console.warn('Hip Check could not save the retention setting', error);
      setSaid(t('dataRetentionFailed'));
    }
  };

  return (
    <section aria-labelledby="data-retention">
      <h2 id="data-retention">{t('dataRetentionHeading')}</h2>
      <div class="field">
        <label for="data-retention-days">{t('dataRetention')}</label>
        <select
          id="data-retention-days"
          value={days === null ? '' : String(days)}
          disabled={days === null}
          aria-describedby="data-retention-hint"
          onChange={(e) => {
            const value = Number(e.currentTarget.value);
            const next = retentionChoices.find((choice) => choice === value);
            if (next !== undefined) void choose(next);
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
      <p role="status">{said}</p>
    </section>
  );
}
