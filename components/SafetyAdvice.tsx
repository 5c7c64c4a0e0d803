// What to do when a stretch hurt: safety rules S1–S4 (docs/content.md#safety), in plain words.
import { t } from './i18n';

export function SafetyAdvice() {
  return (
    <section class="safety" aria-labelledby="safety-heading">
      <h2 id="safety-heading">{t('safetyHeading')}</h2>
      <ul>
        <li>{t('safetyStop')}</li>
        <li>{t('safetyFlare')}</li>
        <li>{t('safetySeeSomeone')}</li>
        <li class="urgent">{t('safetyEmergency')}</li>
      </ul>
    </section>
  );
}
