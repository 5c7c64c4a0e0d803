// Fakes the fake browser lacks: idle detection, i18n from the real English messages, window state,
// keyboard commands, runtime ports.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Presence } from '../../../core/engine-types';
import type { IdleSource } from '../../../entrypoints/background/start-background';

export class FakeIdle implements IdleSource {
  state: Presence = 'active';
  interval = 0;
  private listeners = new Set<(state: Presence) => void>();
  onStateChanged = {
    addListener: (l: (state: Presence) => void) => void this.listeners.add(l),
    removeListener: (l: (state: Presence) => void) => void this.listeners.delete(l),
  };
  async queryState(): Promise<Presence> {
    return this.state;
  }
  setDetectionInterval(seconds: number): void {
    this.interval = seconds;
  }
  fire(state: Presence): void {
    this.state = state;
    for (const l of this.listeners) l(state);
  }
}

import englishMessages from '../../../public/_locales/en/messages.json';

const english: Record<string, { message: string }> = englishMessages;

/** Real English text with $1-style substitutions, as the browser would give it. */
export function englishMessage(key: string, substitutions?: string | string[]): string {
  const entry = english[key] as
    | { message: string; placeholders?: Record<string, { content: string }> }
    | undefined;
  if (!entry) return '';
  const subs = typeof substitutions === 'string' ? [substitutions] : (substitutions ?? []);
  return entry.message.replace(/\$(\w+)\$/g, (_, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
    return content.replace(/\$(\d)/g, (__, n: string) => subs[Number(n) - 1] ?? '');
  });
}

/** An extension event a test can fire: WXT's fake throws on `commands.onCommand`. */
export class FakeEvent<Args extends unknown[]> {
  private listeners = new Set<(...args: Args) => unknown>();
  addListener = (l: (...args: Args) => unknown) => void this.listeners.add(l);
  removeListener = (l: (...args: Args) => unknown) => void this.listeners.delete(l);
  hasListener = (l: (...args: Args) => unknown) => this.listeners.has(l);
  async trigger(...args: Args): Promise<void> {
    await Promise.all([...this.listeners].map((l) => l(...args)));
  }
}

let commands = new FakeEvent<[string]>();
let connects = new FakeEvent<[FakePort]>();

/** One end of a runtime port, as the background sees it; the test plays the page's end. */
export class FakePort {
  onMessage = new FakeEvent<[unknown]>();
  onDisconnect = new FakeEvent<[]>();
  constructor(public name: string) {}
  postMessage(): void {}
  disconnect(): void {}
  /** The page posts a message. */
  send = (message: unknown) => this.onMessage.trigger(message);
  /** The page goes away (its window or the popup closed). */
  close = () => this.onDisconnect.trigger();
}

/** A page connects to the background, as `runtime.connect` would; WXT's fake has no ports. */
export async function connectPort(name: string): Promise<FakePort> {
  const port = new FakePort(name);
  await connects.trigger(port);
  return port;
}

/** Presses a keyboard command, as the browser reports it to the background. */
export const fireCommand = (name: string) => commands.trigger(name);

const getAllWindows = fakeBrowser.windows.getAll.bind(fakeBrowser.windows);

/** `screen.fullscreen` decides whether the first (main) window reports itself fullscreen. */
export function stubBrowserGaps(screen: { fullscreen: boolean }): void {
  Object.assign(fakeBrowser.i18n, { getMessage: englishMessage });
  commands = new FakeEvent<[string]>();
  Object.assign(fakeBrowser.commands, { onCommand: commands });
  connects = new FakeEvent<[FakePort]>();
  Object.assign(fakeBrowser.runtime, { onConnect: connects });
  Object.assign(fakeBrowser.windows, {
    getAll: async (query?: never) =>
      (await getAllWindows(query)).map((w, i) =>
        i === 0 ? { ...w, state: screen.fullscreen ? 'fullscreen' : 'normal' } : w,
      ),
  });
}
