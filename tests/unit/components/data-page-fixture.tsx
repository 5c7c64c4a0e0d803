// The "Your data" page on a real (fake-IndexedDB) log, answered by the background's own handler.
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DataPage } from '../../../components/data/DataPage';
import type { DataPageDeps } from '../../../components/data/data-deps';
import { defaultSettings, type Settings } from '../../../core/settings';
import { createDataRequests } from '../../../entrypoints/background/data-requests';
import { type LogDb, openLogDb } from '../../../storage/db';
import { stubBrowserGaps } from '../background/fakes';
import { at } from '../core/drive';
import { prompt, uniqueDbName } from '../storage/data-fixture';

const dbs: LogDb[] = [];

/** The page on a real (fake-IndexedDB) log, with the background's handler answering its requests. */
export async function openPage(patch: Partial<DataPageDeps> = {}) {
  const name = uniqueDbName('page');
  const db = openLogDb(name);
  dbs.push(db);
  await db.prompts.bulkPut([prompt('mine1', at('09:00', 2)), prompt('mine2', at('10:00', 2))]);
  let settings: Settings = defaultSettings;
  const background = createDataRequests({
    db: () => db,
    clearOutbox: async () => undefined,
    loadSettings: async () => settings,
    saveSettings: async (next: Settings) => {
      settings = next;
    },
    loadCarePlan: async () => null,
    saveCarePlan: async () => undefined,
    now: () => at('12:00', 24),
  });
  const deps: DataPageDeps = {
    openDb: () => openLogDb(name),
    send: vi.fn(background),
    loadSettings: async () => settings,
    saveSettings: vi.fn(async (next: Settings) => {
      settings = next;
    }),
    loadCarePlan: async () => null,
    saveFile: vi.fn(),
    now: () => at('12:00', 25),
    ...patch,
  };
  render(<DataPage deps={deps} />);
  await screen.findByRole('heading', { level: 2, name: 'In your log now' });
  return { db, deps, settings: () => settings };
}

/** Chooses a file in the restore section's file input. */
export function chooseFile(text: string, name = 'hip-check-backup-2026-11-24.json') {
  const input = screen.getByLabelText('Backup file') as HTMLInputElement;
  Object.defineProperty(input, 'files', {
    configurable: true,
    value: [new File([text], name, { type: 'application/json' })],
  });
  fireEvent.change(input);
}

/** Dates as the page writes them, in whatever language the test runs. */
export const long = (ms: number) =>
  new Date(ms).toLocaleDateString(undefined, { dateStyle: 'long' });

export const button = (name: string) => screen.getByRole('button', { name });

/** Registers the page tests' set-up and clean-up; call once at the top of a test file. */
export function usePageTests(): void {
  beforeEach(() => {
    fakeBrowser.reset();
    stubBrowserGaps({ fullscreen: false });
  });
  afterEach(() => {
    cleanup();
    for (const db of dbs.splice(0)) db.close();
  });
}
