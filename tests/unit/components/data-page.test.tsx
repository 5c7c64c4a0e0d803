// @vitest-environment happy-dom
// The "Your data" view: exports, a restore and an erase that each wait for a yes, refusals shown
// as text, retention saved on Apply (data-retention.test.tsx has the rest), and a plain message
// when the log can't be opened.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { DataPage } from '../../../components/data/DataPage';
import { checkBackup } from '../../../core/backup';
import { defaultSettings } from '../../../core/settings';
import { restoreRows } from '../../../storage/data';
import { at } from '../core/drive';
import { dumpAll, sampleBackup } from '../storage/data-fixture';
import { button, chooseFile, long, openPage, usePageTests } from './data-page-fixture';

usePageTests();

describe('DataPage', () => {
  it('says what the log holds', async () => {
    await openPage();
    const counts = screen.getByRole('heading', { name: 'In your log now' }).parentElement;
    expect(counts?.textContent).toContain('Break reminders2');
    expect(counts?.textContent).toContain(`Since ${long(at('09:00', 2))}.`);
  });

  it('exports the prompts as CSV and everything as a backup, with dated names', async () => {
    const { deps } = await openPage();
    fireEvent.click(button('Export break reminders (CSV)'));
    await screen.findByText('Saved as hip-check-prompts-2026-11-25.csv in your downloads.');
    const [name, type, csv] = vi.mocked(deps.saveFile).mock.calls[0] ?? [];
    expect([name, type]).toEqual(['hip-check-prompts-2026-11-25.csv', 'text/csv']);
    expect(csv?.split('\r\n')).toHaveLength(4);

    fireEvent.click(button('Export everything as a backup (JSON)'));
    await screen.findByText('Saved as hip-check-backup-2026-11-25.json in your downloads.');
    const json = vi.mocked(deps.saveFile).mock.calls[1]?.[2] ?? '';
    const checked = checkBackup(JSON.parse(json), at('12:00', 25));
    expect(checked.ok && checked.value.prompts.map((p) => p.id)).toEqual(['mine1', 'mine2']);
  });

  it('shows what a backup holds and restores it only once the user agrees', async () => {
    const { db, deps } = await openPage();
    chooseFile(JSON.stringify(sampleBackup()));
    const question = await screen.findByRole('group', {
      name: 'Replace your log with this backup?',
    });
    expect(question.textContent).toContain(
      `hip-check-backup-2026-11-24.json was saved on ${long(at('18:00', 24))}`,
    );
    expect(question.textContent).toContain('Break reminders4');
    expect(question.textContent).toContain(`from ${long(at('09:00'))} to ${long(at('09:00', 24))}`);
    expect(deps.send).not.toHaveBeenCalled();

    fireEvent.click(
      within(question).getByRole('button', { name: 'Replace my log with this backup' }),
    );
    await screen.findByText("Done: your log now holds the backup's entries.");
    expect((await dumpAll(db)).prompts.map((p) => p.id)).toEqual(['p1', 'p2', 'p3', 'p4']);
  });

  it('changes nothing when the user cancels a restore', async () => {
    const { db, deps } = await openPage();
    const before = await dumpAll(db);
    chooseFile(JSON.stringify(sampleBackup()));
    fireEvent.click(await screen.findByRole('button', { name: 'Cancel' }));
    await screen.findByText('Your log is just as it was.');
    expect(deps.send).not.toHaveBeenCalled();
    expect(await dumpAll(db)).toEqual(before);
  });

  it('refuses a truncated backup with its reason, as text, and never asks the background', async () => {
    const { db, deps } = await openPage();
    const before = await dumpAll(db);
    const text = JSON.stringify(sampleBackup());
    chooseFile(text.slice(0, text.length / 2));
    const alert = await screen.findByText(/This backup seems incomplete/);
    expect(alert.textContent).toContain('Your log is just as it was.');
    expect(screen.queryByRole('group')).toBeNull();
    expect(deps.send).not.toHaveBeenCalled();
    expect(await dumpAll(db)).toEqual(before);
  });

  it('shows the file name as text, never as HTML', async () => {
    await openPage();
    chooseFile(JSON.stringify(sampleBackup()), '<img src=x onerror=alert(1)>.json');
    const question = await screen.findByRole('group', {
      name: 'Replace your log with this backup?',
    });
    expect(question.querySelector('img')).toBeNull();
    expect(question.textContent).toContain('<img src=x onerror=alert(1)>.json');
  });

  it("shows the background's refusal", async () => {
    await openPage({
      send: async () => ({ ok: false, error: 'dataErrDatabase', params: [] }),
    });
    chooseFile(JSON.stringify(sampleBackup()));
    fireEvent.click(await screen.findByRole('button', { name: 'Replace my log with this backup' }));
    await screen.findByText(/Hip Check couldn't use its database in this browser just now/);
  });

  it('erases only after the confirmation, and "Keep my data" keeps it', async () => {
    const { db, deps } = await openPage();
    await restoreRows(db, sampleBackup());
    // The page follows the log: the rows written behind its back show up in its counts.
    await waitFor(() =>
      expect(screen.getByText('Pain reports').nextSibling?.textContent).toBe('1'),
    );
    fireEvent.click(button('Erase everything…'));
    const question = screen.getByRole('group', { name: 'Erase your whole log?' });
    expect(question.textContent).toContain('Break reminders4');
    expect(question.textContent).toContain('Pain reports1');
    expect(document.activeElement?.textContent).toBe('Keep my data');
    fireEvent.click(button('Keep my data'));
    await screen.findByText('Nothing was erased.');
    expect(deps.send).not.toHaveBeenCalled();
    expect(await db.prompts.count()).toBe(4);

    fireEvent.click(button('Erase everything…'));
    fireEvent.click(
      within(screen.getByRole('group')).getByRole('button', { name: 'Erase everything' }),
    );
    await screen.findByText('Your log is erased.');
    expect(await dumpAll(db)).toEqual({ bouts: [], prompts: [], pains: [], days: [], plans: [] });
    await waitFor(() => expect(screen.getByText('Your log is empty for now.')).toBeTruthy());
  });

  it('saves a retention choice on Apply, keeping the other settings', async () => {
    const { settings } = await openPage();
    const select = (await screen.findByLabelText('Keep entries for')) as HTMLSelectElement;
    await waitFor(() => expect(select.disabled).toBe(false));
    expect(select.value).toBe('0');
    fireEvent.change(select, { target: { value: '90' } });
    fireEvent.click(button('Apply'));
    await screen.findByText(/^Saved/);
    expect(settings()).toEqual({ ...defaultSettings, retentionDays: 90 });
  });

  it('says plainly when the log cannot be opened, and offers nothing that needs it', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    render(
      <DataPage
        deps={{
          openDb: () => {
            throw new DOMException('IndexedDB is not available here', 'InvalidStateError');
          },
          send: vi.fn(),
          loadSettings: async () => defaultSettings,
          saveSettings: vi.fn(),
          loadCarePlan: async () => null,
          saveFile: vi.fn(),
          now: () => 0,
        }}
      />,
    );
    expect((await screen.findByRole('alert')).textContent).toMatch(/can't open its log/);
    expect(screen.queryByRole('button', { name: 'Erase everything…' })).toBeNull();
    expect(screen.getByLabelText('Keep entries for')).toBeTruthy();
  });
});
