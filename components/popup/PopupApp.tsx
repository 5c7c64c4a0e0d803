// The popup, live: the view the background made ready, answers and requests to the background,
// and a routine played in place, loaded only when asked for. Messages (and the polyfill with
// them) load once the popup has painted (docs/architecture.md#the-popup-view).
import type { ComponentType } from 'preact';
import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import type { Message } from '../../messages';
import { nativeBrowser } from '../../native-browser';
import { useTheme } from '../theme';
import type { SendAnswer } from '../use-answer';
import { Popup } from './Popup';
import type { HistoryLink } from './TodaySummary';
import { usePopupView } from './use-popup-view';

type RoutineView = ComponentType<{ close: () => void }>;

const actions = () => import('./popup-actions');
const send = (message: Message) => actions().then((a) => a.send(message));
const answer: SendAnswer = (message) => actions().then((a) => a.answer(message));

const historyHref = nativeBrowser().runtime.getURL('/options.html#history');
const history: HistoryLink = {
  href: historyHref,
  open: () =>
    void actions()
      .then((a) => a.openTab(historyHref))
      .then(() => window.close()),
};

export function PopupApp() {
  const current = usePopupView();
  useTheme(current?.view?.theme);
  const [Routine, setRoutine] = useState<RoutineView | null>(null);
  const read = current !== undefined;
  const shown = current?.view != null;
  // Once storage has answered and the popup has painted: the background steps to the present and
  // writes a view for this moment, which the popup then follows. Earlier, loading the messages
  // and the polyfill would hold the first paint back.
  useEffect(() => {
    // Without a background to answer, the popup keeps showing the last view.
    if (read) send({ type: 'refresh' }).catch(() => undefined);
  }, [read]);
  // For `npm run bench`: when the status first stands in the page, just before it is painted.
  useLayoutEffect(() => {
    if (shown) performance.mark('hip-check:status');
  }, [shown]);
  const startRoutine = async () => {
    const { PopupRoutine } = await import('./PopupRoutine');
    setRoutine(() => PopupRoutine);
  };
  if (Routine) {
    return (
      <main>
        <Routine close={() => setRoutine(null)} />
      </main>
    );
  }
  // Until storage answers (a few milliseconds) the popup says it is checking, as it does until a
  // view of this version is written.
  return (
    <Popup
      view={current?.view ?? null}
      now={current?.now ?? Date.now()}
      send={send}
      answer={answer}
      startRoutine={() => void startRoutine()}
      history={history}
    />
  );
}
