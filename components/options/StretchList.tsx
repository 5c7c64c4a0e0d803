// Every stretch of the catalogue with its picture: offer or hide it, and why a filter leaves it out.
import { type HealthFilters, type StretchId, stretches } from '../../core/stretches';
import { t } from '../i18n';
import { stretchName } from '../stretch-name';
import { pictureUrl } from '../stretch-pictures';
import { excludedBy, filterText } from './stretch-availability';

interface StretchListProps {
  filters: HealthFilters;
  hidden: StretchId[];
  onHidden: (hidden: StretchId[]) => void;
}

export function StretchList({ filters, hidden, onHidden }: StretchListProps) {
  const offer = (id: StretchId, on: boolean) => {
    const next = new Set(hidden);
    if (on) next.delete(id);
    else next.add(id);
    // Catalogue order, so the same choice is always stored the same way.
    onHidden(stretches.filter((s) => next.has(s.id)).map((s) => s.id));
  };
  return (
    <fieldset class="stretch-list">
      <legend>{t('optionsStretchList')}</legend>
      <ul>
        {stretches.map((stretch) => {
          const id = stretch.id;
          const reasons = excludedBy(stretch, filters);
          const picture = pictureUrl(id);
          return (
            <li key={id} class={reasons.length > 0 ? 'unavailable' : undefined} data-stretch={id}>
              {picture && <img src={picture} alt="" width={120} height={90} />}
              <div>
                <p class="stretch-name" id={`name-${id}`}>
                  {stretchName(stretch.id)}
                </p>
                {id === 'walk-break' ? (
                  <p class="hint">{t('optionsWalkAlways')}</p>
                ) : (
                  <div class="check">
                    <input
                      id={`offer-${id}`}
                      type="checkbox"
                      checked={!hidden.includes(id)}
                      disabled={reasons.length > 0}
                      aria-labelledby={`offer-${id}-label name-${id}`}
                      aria-describedby={reasons.length > 0 ? `reason-${id}` : undefined}
                      onChange={(e) => offer(id, e.currentTarget.checked)}
                    />
                    <label id={`offer-${id}-label`} for={`offer-${id}`}>
                      {t('optionsOfferStretch')}
                    </label>
                  </div>
                )}
                {reasons.length > 0 && (
                  <p class="reason" id={`reason-${id}`}>
                    {reasons.map((name) => t(filterText[name].reason)).join(' ')}
                  </p>
                )}
              </div>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
