// The full disclaimer (docs/content.md#safety, S1 and S3–S7), shown once before the first routine.
import { t } from '../i18n';

export function Disclaimer() {
  return (
    <section class="disclaimer" aria-labelledby="disclaimer-heading">
      <h2 id="disclaimer-heading">{t('onboardingDisclaimerHeading')}</h2>
      <p>{t('onboardingDisclaimerInfo')}</p>
      <ul>
        <li>{t('onboardingDisclaimerStop')}</li>
        <li>{t('onboardingDisclaimerBalance')}</li>
        <li>{t('onboardingDisclaimerSeeSomeone')}</li>
        <li>{t('onboardingDisclaimerClearance')}</li>
        <li>{t('onboardingDisclaimerPregnancy')}</li>
        <li class="urgent">{t('onboardingDisclaimerEmergency')}</li>
      </ul>
    </section>
  );
}
