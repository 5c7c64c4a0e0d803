// Answers through the real background: each prompt settled once, replies that say so, and a page
// that closes without an answer (its routine port disconnects).
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { restoreState } from '../../../core/engine-state';
import { routinePortName } from '../../../messages';
import { openLogDb } from '../../../storage/db';
import { engineStateItem, settingsItem } from '../../../storage/items';
import { anytime, at } from '../core/drive';
import { connectPort, stubBrowserGaps } from './fakes';
import { answerPending, liveBackground } from './live';

let runs = 0;
let dbName = '';
let live = liveBackground('answers');

async function due() {
  fakeBrowser.reset();
  stubBrowserGaps({ fullscreen: false });
  dbName = `answers-${++runs}`;
  live = liveBackground(dbName);
  await settingsItem.setValue({ ...anytime, delivery: 'notification' });
  live.clock = at('09:00');
  await live.start();
  await live.runUntil(at('09:30'));
  const state = restoreState(await engineStateItem.getValue(), live.clock);
  return state.prompt?.id ?? '';
}

async function loggedPrompts() {
  await live.settled();
  const db = openLogDb(dbName);
  const rows = await db.prompts.toArray();
  db.close();
  return rows;
}

beforeEach(() => live.dispose());

describe('one prompt, one outcome, through the background', () => {
  it('answers a second "I took a break" for the same prompt as stale and logs one', async () => {
    const id = await due();
    live.clock = at('09:31');
    const first = await answerPending({ type: 'tookBreak' });
    const [second] = await fakeBrowser.runtime.onMessage.trigger(
      { type: 'tookBreak', promptId: id },
      {},
      () => {},
    );
    expect([first, second]).toEqual([{ answer: 'recorded' }, { answer: 'stale' }]);
    expect((await loggedPrompts()).map((p) => p.outcome)).toEqual(['done']);
  });

  it('counts a notification Done pressed twice once', async () => {
    const id = await due();
    live.clock = at('09:31');
    await fakeBrowser.notifications.onButtonClicked.trigger(`prompt:${id}`, 0);
    await fakeBrowser.notifications.onButtonClicked.trigger(`prompt:${id}`, 0);
    expect((await loggedPrompts()).map((p) => p.outcome)).toEqual(['done']);
  });

  it('refuses a message with more stretch ids than the catalogue holds', async () => {
    const id = await due();
    const many = Array.from({ length: 500 }, (_, i) => `s${i}`);
    const [reply] = await fakeBrowser.runtime.onMessage.trigger(
      { type: 'routineFinished', promptId: id, outcome: 'done', completed: many },
      {},
      () => {},
    );
    expect(reply).toBeUndefined();
    expect(await loggedPrompts()).toEqual([]);
  });
});

describe('a page closed without an answer', () => {
  async function startedWith(progress: { completed: string[]; of: number }) {
    const id = await due();
    live.clock = at('09:31');
    await answerPending({ type: 'routineStarted' });
    const port = await connectPort(routinePortName);
    await port.send({ promptId: id });
    live.clock = at('09:33');
    await answerPending({ type: 'routineProgress', ...progress });
    return { id, port };
  }

  it('records done when the window closes after the last stretch', async () => {
    const { port } = await startedWith({ completed: ['seated-figure-4'], of: 1 });
    live.clock = at('09:34');
    await port.close();
    expect(await loggedPrompts()).toEqual([
      expect.objectContaining({ outcome: 'done', completed: ['seated-figure-4'] }),
    ]);
  });

  it('records partial when it closes mid-routine', async () => {
    const { port } = await startedWith({ completed: ['seated-figure-4'], of: 3 });
    await port.close();
    expect(await loggedPrompts()).toEqual([
      expect.objectContaining({ outcome: 'partial', completed: ['seated-figure-4'] }),
    ]);
  });

  it('waits for the last page playing the prompt: closing the popup leaves the window playing', async () => {
    const { id, port: window } = await startedWith({ completed: [], of: 2 });
    const popup = await connectPort(routinePortName);
    await popup.send({ promptId: id });
    await popup.close();
    expect(await loggedPrompts()).toEqual([]);
    await window.close();
    expect((await loggedPrompts()).map((p) => p.outcome)).toEqual(['partial']);
  });

  it('changes nothing when the page had answered already', async () => {
    const { port } = await startedWith({ completed: ['seated-figure-4'], of: 2 });
    await answerPending({ type: 'skip' });
    await port.close();
    expect((await loggedPrompts()).map((p) => p.outcome)).toEqual(['skipped']);
  });
});
