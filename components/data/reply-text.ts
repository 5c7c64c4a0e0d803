// Words for a refusal: the key a backup check or the background named, with its params.
import { type MessageKey, t } from '../i18n';

/** A key this page doesn't know (a newer background, say) still gets a sentence, not a blank. */
export function refusalText(error: string, params: readonly string[]): string {
  return t(error as MessageKey, ...params) || t('dataErrDatabase');
}
