// @vitest-environment happy-dom
// Retention on the "Your data" view: moving through the choices deletes nothing; Apply saves a
// longer period at once and asks first, naming what goes, before a shorter one deletes anything.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DataPage } from '../../../components/data/DataPage';
import type { DataPageDeps } from '../../../components/data/data-deps';
import {
  defaultSettings,
  type RetentionDays,
  retentionChoices,
  type Settings,
} from '../../../core/settings';
import { applyRetention } from '../../../entrypoints/background/data-requests';
import { restoreRows } from '../../../storage/data';
import { type LogDb, openLogDb } from '../../../storage/db';
import { stubBrowserGaps } from '../background/fakes';
import { dumpAll, prompt, sampleBackup, uniqueDbName } from '../storage/data-fixture';

const dbs: LogDb[] = [];
/** 10 January 2027: the sample's November days are 47 and 48 days old, one prompt is recent. */
const now = new Date(2027, 0, 10, 11, 0).getTime();
const recent = new Date(2027, 0, 5, 10, 0).getTime();

/**
 * The page on a fake-IndexedDB log, with a settings store whose saves the background follows as
 * it does for real: a saved retention period is applied to the log at once.
 */
async function openPage(start: RetentionDays = 0, patch: Partial<DataPageDeps> = {}) {
  const name = uniqueDbName('retention');
  const db = openLogDb(name);
  dbs.push(db);
  await restoreRows(db, sampleBackup());
  await db.prompts.put(prompt('recent', recent));
  let settings: Settings = { ...defaultSettings, retentionDays: start };
  const deps: DataPageDeps = {
    openDb: () => openLogDb(name),
    send: vi.fn(),
    loadSettings: async () => settings,
    saveSettings: vi.fn(async (next: Settings) => {
      settings = next;
      await applyRetention(db, next, now);
    }),
    loadCarePlan: async () => null,
    saveFile: vi.fn(),
    now: () => now,
    ...patch,
  };
  render(<DataPage deps={deps} />);
  const select = (await screen.findByLabelText('Keep entries for')) as HTMLSelectElement;
  await waitFor(() => expect(select.disabled).toBe(false));
  return { db, deps, select, settings: () => settings };
}

const apply = () => fireEvent.click(screen.getByRole('button', { name: 'Apply' }));
const long = (ms: number) => new Date(ms).toLocaleDateString(undefined, { dateStyle: 'long' });

/** What a keyboard user's arrow key does to a closed list: the next choice, and a change event. */
function arrow(select: HTMLSelectElement, key: 'ArrowDown' | 'ArrowUp') {
  fireEvent.keyDown(select, { key });
  const step = key === 'ArrowDown' ? 1 : -1;
  const index = Math.min(Math.max(select.selectedIndex + step, 0), select.options.length - 1);
  fireEvent.change(select, { target: { value: select.options[index]?.value } });
}

beforeEach(() => {
  fakeBrowser.reset();
  stubBrowserGaps({ fullscreen: false });
});
afterEach(() => {
  cleanup();
  for (const db of dbs.splice(0)) db.close();
});

describe('RetentionSection', () => {
  it('deletes nothing and saves nothing while the arrow keys move through every choice', async () => {
    const { db, deps, select, settings } = await openPage();
    const before = await dumpAll(db);
    const seen: string[] = [];
    for (let i = 0; i < retentionChoices.length; i++) {
      arrow(select, 'ArrowDown');
      seen.push(select.value);
    }
    for (let i = 0; i < retentionChoices.length; i++) arrow(select, 'ArrowUp');
    arrow(select, 'ArrowDown');
    expect(seen).toEqual(['30', '90', '180', '365', '730', '730']);
    expect(select.value).toBe('30');
    expect(screen.queryByRole('group')).toBeNull();
    expect(deps.saveSettings).not.toHaveBeenCalled();
    expect(settings().retentionDays).toBe(0);
    expect(await dumpAll(db)).toEqual(before);
  });

  it('asks before a shorter period, naming what goes, with the focus on keeping it', async () => {
    const { select } = await openPage();
    fireEvent.change(select, { target: { value: '30' } });
    apply();
    const cutoff = new Date(2026, 11, 11).getTime();
    const question = await screen.findByRole('group', {
      name: `Delete everything from before ${long(cutoff)}?`,
    });
    // The sample's two November days go; the January prompt stays.
    expect(question.textContent).toContain('Break reminders4');
    expect(question.textContent).toContain('Spells of sitting3');
    expect(question.textContent).toContain('Pain reports1');
    // The question comes after an asynchronous count: its focus lands a moment later.
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Keep my entries'));
  });

  it('keeps everything, and goes back to the saved period, when the user keeps the entries', async () => {
    const { db, deps, select, settings } = await openPage();
    const before = await dumpAll(db);
    fireEvent.change(select, { target: { value: '30' } });
    apply();
    fireEvent.click(await screen.findByRole('button', { name: 'Keep my entries' }));
    await screen.findByText('Nothing was deleted; the period is as it was.');
    expect(select.value).toBe('0');
    expect(deps.saveSettings).not.toHaveBeenCalled();
    expect(settings().retentionDays).toBe(0);
    expect(await dumpAll(db)).toEqual(before);
  });

  it('deletes exactly what it named once the user agrees', async () => {
    const { db, select, settings } = await openPage();
    fireEvent.change(select, { target: { value: '30' } });
    apply();
    const question = await screen.findByRole('group');
    fireEvent.click(within(question).getByRole('button', { name: 'Delete them' }));
    await screen.findByText(
      `Saved: entries from before ${long(new Date(2026, 11, 11).getTime())} are deleted.`,
    );
    expect(settings()).toEqual({ ...defaultSettings, retentionDays: 30 });
    expect((await db.prompts.toArray()).map((p) => p.id)).toEqual(['recent']);
    expect(await db.bouts.count()).toBe(0);
    expect(await db.pains.count()).toBe(0);
  });

  it('drops the question when the choice changes before an answer', async () => {
    const { deps, select } = await openPage();
    fireEvent.change(select, { target: { value: '30' } });
    apply();
    await screen.findByRole('group');
    fireEvent.change(select, { target: { value: '180' } });
    expect(screen.queryByRole('group')).toBeNull();
    expect(deps.saveSettings).not.toHaveBeenCalled();
  });

  it('saves a longer period, or keeping everything, without asking', async () => {
    const { deps, select, settings } = await openPage(30);
    expect(select.value).toBe('30');
    fireEvent.change(select, { target: { value: '365' } });
    apply();
    await screen.findByText('Saved.');
    expect(settings().retentionDays).toBe(365);
    fireEvent.change(select, { target: { value: '0' } });
    apply();
    await waitFor(() => expect(settings().retentionDays).toBe(0));
    expect(deps.saveSettings).toHaveBeenCalledTimes(2);
    expect(screen.queryByRole('group')).toBeNull();
  });

  it('saves a shorter period without asking when it would delete nothing', async () => {
    const { db, select, settings } = await openPage();
    const before = await dumpAll(db);
    // 90 days back from 10 January is 12 October: nothing logged is that old.
    fireEvent.change(select, { target: { value: '90' } });
    apply();
    await waitFor(() => expect(settings().retentionDays).toBe(90));
    expect(screen.queryByRole('group')).toBeNull();
    expect(await dumpAll(db)).toEqual(before);
  });

  it('still asks, without numbers, when the log cannot be counted', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { deps } = await openPage(0, {
      openDb: () => {
        throw new DOMException('IndexedDB is not available here', 'InvalidStateError');
      },
    });
    const select = screen.getByLabelText('Keep entries for') as HTMLSelectElement;
    fireEvent.change(select, { target: { value: '30' } });
    apply();
    const question = await screen.findByRole('group');
    expect(question.textContent).toContain("Hip Check couldn't count them just now.");
    // The question comes after an asynchronous count: its focus lands a moment later.
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Keep my entries'));
    expect(deps.saveSettings).not.toHaveBeenCalled();
  });

  it('offers Apply only once the choice differs from the saved period', async () => {
    const { select } = await openPage(90);
    const button = screen.getByRole('button', { name: 'Apply' }) as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    fireEvent.change(select, { target: { value: '30' } });
    expect(button.disabled).toBe(false);
    fireEvent.change(select, { target: { value: '90' } });
    expect(button.disabled).toBe(true);
  });
});
