// The clinic's contact, shown as text; a website becomes a link only when it is https.
import type { CarePlan } from '../../core/care-plan';
import { t } from '../i18n';

/** The plan's checks allow only https websites; checked again here, as this is what gets clicked. */
export function safeWebsite(website: string | undefined): string | null {
  if (!website) return null;
  try {
    return new URL(website).protocol === 'https:' ? website : null;
  } catch {
    return null;
  }
}

export function ClinicContact({ clinic }: { clinic: CarePlan['clinic'] }) {
  const website = safeWebsite(clinic.website);
  const rows: [string, string | undefined][] = [
    [t('carePlanClinician'), clinic.clinician],
    [t('carePlanPhone'), clinic.phone],
    [t('carePlanEmail'), clinic.email],
  ];
  return (
    <dl class="clinic-contact">
      {rows.map(([label, value]) =>
        value ? (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ) : null,
      )}
      {clinic.website && (
        <div>
          <dt>{t('carePlanWebsite')}</dt>
          <dd>
            {website ? (
              <a href={website} target="_blank" rel="noreferrer noopener">
                {clinic.website}
              </a>
            ) : (
              clinic.website
            )}
          </dd>
        </div>
      )}
    </dl>
  );
}
