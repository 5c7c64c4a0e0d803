// Holds a port open to the background while a started routine plays, so that closing the page
// without an answer is noticed there (see entrypoints/background/routine-watch.ts).
import { browser } from 'wxt/browser';
import { routinePortName } from '../messages';

/** How long to wait before reconnecting after the background went away (Chrome stops it). */
const reconnectMs = 500;

export function watchRoutine(promptId: string): () => void {
  let stopped = false;
  let port: ReturnType<typeof browser.runtime.connect> | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const connect = () => {
    port = browser.runtime.connect({ name: routinePortName });
    port.onDisconnect.addListener(() => {
      port = null;
      if (!stopped) timer = setTimeout(connect, reconnectMs);
    });
    port.postMessage({ promptId });
  };
  connect();
  return () => {
    stopped = true;
    clearTimeout(timer);
    port?.disconnect();
  };
}
