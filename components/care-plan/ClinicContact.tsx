// The clinic's contact, shown as text; a website becomes a link only when it is https.
import { type CarePlan, isHttps } from '../../core/care-plan';
import { t } from '../i18n';

export function ClinicContact({ clinic }: { clinic: CarePlan['clinic'] }) {
  // The plan's checks allow only https websites; asked again here, as this is what gets clicked.
  const website = clinic.website && isHttps(clinic.website) ? clinic.website : null;
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
