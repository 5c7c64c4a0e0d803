// Notices a page that was playing a started routine going away (its window or the popup closed)
// without answering, through the port it keeps open, and reports the prompt it was playing.
import type { Browser } from 'wxt/browser';
import { parseRoutinePortMessage } from '../../message-schema';
import { routinePortName } from '../../messages';

type Port = Browser.runtime.Port;

/**
 * `abandoned` is called once the last page playing a prompt has gone. The same prompt can be
 * played in the popup and in the prompt window at once; closing one of them (the popup closes
 * whenever it loses focus) must not end a routine still under way in the other. The counts live
 * only in memory: when Chrome stops the worker, every port disconnects and the pages reconnect.
 */
export function createRoutineWatch(abandoned: (promptId: string) => void) {
  const open = new Map<string, number>();
  const change = (promptId: string, by: number) => {
    const count = (open.get(promptId) ?? 0) + by;
    if (count > 0) open.set(promptId, count);
    else open.delete(promptId);
    return count;
  };

  function onConnect(port: Port) {
    if (port.name !== routinePortName) return;
    let playing: string | null = null;
    port.onMessage.addListener((raw: unknown) => {
      const promptId = parseRoutinePortMessage(raw);
      if (promptId === null || promptId === playing) return;
      if (playing !== null) change(playing, -1);
      playing = promptId;
      change(promptId, +1);
    });
    port.onDisconnect.addListener(() => {
      if (playing !== null && change(playing, -1) === 0) abandoned(playing);
    });
  }

  return { onConnect };
}
