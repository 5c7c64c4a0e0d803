// A plan's stretches, each with its picture, name, dose line and the clinic's note, as text only.
import type { CarePlanStretch } from '../../core/care-plan';
import type { LeftOut } from '../../core/care-plan-fit';
import { t } from '../i18n';
import { stretchName } from '../stretch-name';
import { pictureUrl } from '../stretch-pictures';
import { doseLine } from './plan-text';

export function PlanStretches(props: {
  stretches: readonly CarePlanStretch[];
  leftOut: readonly LeftOut[];
}) {
  return (
    <ul class="plan-stretches">
      {props.stretches.map((entry) => {
        const out = props.leftOut.find((l) => l.id === entry.id);
        const picture = pictureUrl(entry.id);
        return (
          <li key={entry.id} data-stretch={entry.id} class={out ? 'left-out' : undefined}>
            {picture && <img src={picture} alt="" width={96} height={72} />}
            <div>
              <strong>{stretchName(entry.id)}</strong>
              <span class="dose">{doseLine(entry)}</span>
              {/* The clinic's words: Preact sets them as text, never as HTML. */}
              {entry.note && <span class="plan-note">{entry.note}</span>}
              {out && (
                <span class="left-out-why">
                  {t(out.reason === 'health' ? 'carePlanLeftOutHealth' : 'carePlanLeftOutHidden')}
                </span>
              )}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
