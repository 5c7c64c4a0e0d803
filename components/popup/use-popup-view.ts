// The view the background made ready for the popup, followed while the popup is open, and the
// popup's own clock, so minutes count on between views.
import { useEffect, useState } from 'preact/hooks';
import type { PopupView } from '../../core/popup-view';
import { readPopupView, watchPopupView } from '../../storage/popup-view-read';

export interface PopupNow {
  /** null: the background has not written a view of this version yet (its refresh will). */
  view: PopupView | null;
  now: number;
}

/** undefined until storage has answered; then the latest view and the time, re-timed every tick. */
export function usePopupView(tickMs = 15_000): PopupNow | undefined {
  const [view, setView] = useState<PopupView | null | undefined>(undefined);
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    let live = true;
    let written = false;
    const unwatch = watchPopupView((next) => {
      written = true;
      if (live) setView(next);
    });
    // A view written while the read was on its way is newer than what the read found.
    void readPopupView().then((found) => live && !written && setView(found));
    const timer = setInterval(() => setNow(Date.now()), tickMs);
    return () => {
      live = false;
      unwatch();
      clearInterval(timer);
    };
  }, [tickMs]);
  useEffect(() => setNow(Date.now()), [view]);
  return view === undefined ? undefined : { view, now };
}
