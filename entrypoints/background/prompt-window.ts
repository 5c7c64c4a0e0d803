// The prompt window: opened once, brought forward when asked again, closed when the prompt is settled.
import type { WxtBrowser } from 'wxt/browser';
import { promptWindowItem } from '../../storage/items';

const size = { width: 460, height: 720 };

export function createPromptWindow(browser: WxtBrowser) {
  async function existing(): Promise<number | null> {
    const id = await promptWindowItem.getValue();
    if (id === null) return null;
    // Browsers reject for a window that is gone; some stand-ins resolve with nothing.
    const found = await browser.windows.get(id).catch(() => undefined);
    if (found) return id;
    await promptWindowItem.setValue(null);
    return null;
  }

  return {
    /** Shows the window; the page itself reads which prompt is pending. */
    async open(): Promise<void> {
      const id = await existing();
      if (id !== null) {
        await browser.windows.update(id, { focused: true });
        return;
      }
      const created = await browser.windows.create({
        type: 'popup',
        url: browser.runtime.getURL('/prompt.html'),
        ...size,
        // Firefox refuses `focused` here; Chrome needs it to bring the window forward.
        ...(import.meta.env.FIREFOX ? {} : { focused: true }),
      });
      if (created?.id !== undefined) await promptWindowItem.setValue(created.id);
    },
    async close(): Promise<void> {
      const id = await existing();
      await promptWindowItem.setValue(null);
      if (id !== null) await browser.windows.remove(id);
    },
    /** The user closed it themselves: forget it, the prompt stays pending. */
    async forget(windowId: number): Promise<void> {
      if ((await promptWindowItem.getValue()) === windowId) await promptWindowItem.setValue(null);
    },
  };
}
