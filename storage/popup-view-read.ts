// The popup's first-paint read: the one item the background writes for it (popupViewItem in
// items.ts), read and followed without @wxt-dev/storage or the polyfill, to paint sooner.
import { asPopupView, type PopupView } from '../core/popup-view';
import { nativeBrowser } from '../native-browser';

/** popupViewItem's key in the local area; tests/unit/storage/popup-view.test.ts keeps them one. */
export const popupViewKey = 'popupView';

/** The view the background last wrote, or null when there is none of this version yet. */
export async function readPopupView(): Promise<PopupView | null> {
  const found: Record<string, unknown> = await nativeBrowser().storage.local.get(popupViewKey);
  return asPopupView(found[popupViewKey]);
}

/** Calls back with each view the background writes while the page is open. */
export function watchPopupView(onView: (view: PopupView | null) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const change = changes[popupViewKey];
    if (area === 'local' && change) onView(asPopupView(change.newValue));
  };
  const { onChanged } = nativeBrowser().storage;
  onChanged.addListener(listener);
  return () => onChanged.removeListener(listener);
}
