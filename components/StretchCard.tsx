// One stretch: its picture, name, a plan's side and note, numbered steps, what to feel, care notes, why.
import { findStretch, stretchTextKeys } from '../core/stretches';
import { type MessageKey, t } from './i18n';
import { pictureUrl } from './stretch-pictures';

export interface StretchCardProps {
  stretchId: string;
  /** A care plan's one side, said under the name. */
  side?: 'left' | 'right';
  /** The clinician's note: shown as text, never as HTML. */
  note?: string;
}

/** The words for a plan's one side. */
export function sideOnlyText(side: 'left' | 'right'): string {
  return t(side === 'left' ? 'routineLeftSideOnly' : 'routineRightSideOnly');
}

export function StretchCard({ stretchId, side, note }: StretchCardProps) {
  const stretch = findStretch(stretchId);
  if (!stretch) return null;
  const keys = stretchTextKeys(stretch);
  const text = (key: string) => t(key as MessageKey);
  const picture = pictureUrl(stretch.id);
  return (
    <article class="stretch-card" aria-labelledby={`stretch-${stretch.id}`}>
      {picture && <img class="stretch-picture" src={picture} alt="" width={200} height={150} />}
      <h2 id={`stretch-${stretch.id}`}>{text(keys.name)}</h2>
      {side && <p class="side-only">{sideOnlyText(side)}</p>}
      {note && (
        <p class="clinic-note">
          <strong>{t('routineClinicNote')}</strong> {note}
        </p>
      )}
      <ol class="steps">
        {keys.steps.map((key) => (
          <li key={key}>{text(key)}</li>
        ))}
      </ol>
      <p class="feel">
        <strong>{t('routineFeel')}</strong> {text(keys.feel)}
      </p>
      {keys.notes.map((key) => (
        <p class="care-note" key={key}>
          {text(key)}
        </p>
      ))}
      <details class="why">
        <summary>{t('routineWhy')}</summary>
        <p>{text(keys.why)}</p>
      </details>
    </article>
  );
}
