// Options: the theme, following the system or forced light or dark.
import type { Theme } from '../../core/settings';
import { t } from '../i18n';
import { RadioGroup, type SectionProps } from './Fields';

export function AppearanceSection({ draft, set }: SectionProps) {
  const choices: { value: Theme; label: string }[] = [
    { value: 'system', label: t('optionsThemeSystem') },
    { value: 'light', label: t('optionsThemeLight') },
    { value: 'dark', label: t('optionsThemeDark') },
  ];
  return (
    <section aria-labelledby="options-appearance">
      <h2 id="options-appearance">{t('optionsAppearanceHeading')}</h2>
      <RadioGroup
        name="theme"
        legend={t('optionsTheme')}
        choices={choices}
        value={draft.theme}
        onValue={(theme) => set('theme', theme)}
      />
    </section>
  );
}
