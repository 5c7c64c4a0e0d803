// The two keyboard shortcuts as the browser has them bound (the user may have changed them).
import { useEffect, useState } from 'preact/hooks';
import { t } from '../i18n';

export interface Shortcut {
  name: 'start-routine' | 'toggle-pause';
  /** Empty when the browser left it unbound, e.g. because another extension had the key. */
  shortcut: string;
}

const descriptions = {
  'start-routine': 'commandStartRoutine',
  'toggle-pause': 'commandTogglePause',
} as const;

export function Shortcuts({ load }: { load: () => Promise<Shortcut[]> }) {
  const [shortcuts, setShortcuts] = useState<Shortcut[]>([]);
  useEffect(() => {
    load().then(setShortcuts, () => setShortcuts([]));
  }, [load]);
  if (shortcuts.length === 0) return null;
  return (
    <section aria-labelledby="shortcuts-heading">
      <h2 id="shortcuts-heading">{t('onboardingShortcutsHeading')}</h2>
      <ul class="shortcuts">
        {shortcuts.map(({ name, shortcut }) => (
          <li key={name} data-command={name}>
            {t(descriptions[name])}:{' '}
            {shortcut ? <kbd>{shortcut}</kbd> : <em>{t('onboardingShortcutUnset')}</em>}
          </li>
        ))}
      </ul>
      <p class="quiet">{t('onboardingShortcutsHint')}</p>
    </section>
  );
}
