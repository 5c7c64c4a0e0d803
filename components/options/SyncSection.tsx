// Options: keep settings the same in every browser the user signs in to (storage.sync).
import { useEffect, useState } from 'preact/hooks';
import { t } from '../i18n';

export interface SyncControl {
  isOn: () => Promise<boolean>;
  setOn: (on: boolean) => Promise<void>;
}

/** Applied at once, outside the Save button: it decides where settings live, not what they are. */
export function SyncSection({ sync }: { sync: SyncControl }) {
  const [on, setOn] = useState<boolean | null>(null);
  const [said, setSaid] = useState('');
  useEffect(() => {
    void sync.isOn().then(setOn);
  }, [sync]);
  return (
    <section aria-labelledby="options-sync">
      <h2 id="options-sync">{t('optionsSyncHeading')}</h2>
      <label class="check">
        <input
          type="checkbox"
          data-field="sync"
          checked={on === true}
          disabled={on === null}
          aria-describedby="options-sync-rule"
          onChange={async (e) => {
            const next = e.currentTarget.checked;
            await sync.setOn(next);
            setOn(next);
            setSaid(next ? t('optionsSyncOn') : t('optionsSyncOff'));
          }}
        />
        {t('optionsSync')}
      </label>
      <p id="options-sync-rule" class="quiet">
        {t('optionsSyncRule')}
      </p>
      <p role="status" class="quiet">
        {said}
      </p>
    </section>
  );
}
