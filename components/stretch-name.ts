// A stretch's name in the reader's language: the one helper every page uses for it.
import { findStretch, stretchTextKeys } from '../core/stretches';
import { type MessageKey, t } from './i18n';

/** The translated name; a stretch since removed from the catalogue (an old log row) shows its id. */
export function stretchName(stretchId: string): string {
  const stretch = findStretch(stretchId);
  const name = stretch ? t(stretchTextKeys(stretch).name as MessageKey) : '';
  return name || stretchId;
}
