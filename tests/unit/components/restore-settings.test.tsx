// @vitest-environment happy-dom
// The restore's settings question: labelled radio buttons, "keep my current settings" chosen first,
// and the backup's settings brought back only when the user picks them.
import { fireEvent, screen, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { defaultSettings } from '../../../core/settings';
import { backupSettings, sampleBackup } from '../storage/data-fixture';
import { chooseFile, openPage, usePageTests } from './data-page-fixture';

usePageTests();

async function question() {
  return screen.findByRole('group', { name: 'Replace your log with this backup?' });
}

describe('restoring the settings too', () => {
  it('asks, with "Keep my current settings" chosen and both answers labelled', async () => {
    await openPage();
    chooseFile(JSON.stringify(sampleBackup()));
    const asked = within(await question()).getByRole('group', { name: 'Your settings' });
    const keep = within(asked).getByRole('radio', { name: 'Keep my current settings' });
    const use = within(asked).getByRole('radio', {
      name: 'Use the settings saved in this backup too',
    });
    expect((keep as HTMLInputElement).checked).toBe(true);
    expect((use as HTMLInputElement).checked).toBe(false);
    // Native radio buttons of one name: Tab reaches the group, the arrow keys move inside it.
    expect((keep as HTMLInputElement).name).toBe((use as HTMLInputElement).name);
    expect(keep.tabIndex).not.toBe(-1);
  });

  it('keeps the current settings by default', async () => {
    const { deps, settings } = await openPage();
    chooseFile(JSON.stringify(sampleBackup()));
    fireEvent.click(
      within(await question()).getByRole('button', { name: 'Replace my log with this backup' }),
    );
    await screen.findByText("Done: your log now holds the backup's entries.");
    expect(vi.mocked(deps.send).mock.calls[0]?.[0]).toMatchObject({ withSettings: false });
    expect(settings()).toEqual(defaultSettings);
  });

  it("brings the backup's settings back when chosen, and says so", async () => {
    const { deps, settings } = await openPage();
    chooseFile(JSON.stringify(sampleBackup()));
    const panel = await question();
    fireEvent.click(within(panel).getByLabelText('Use the settings saved in this backup too'));
    fireEvent.click(within(panel).getByRole('button', { name: 'Replace my log with this backup' }));
    await screen.findByText(
      "Done: your log now holds the backup's entries, and your settings are the ones it saved.",
    );
    expect(vi.mocked(deps.send).mock.calls[0]?.[0]).toMatchObject({ withSettings: true });
    expect(settings()).toEqual(backupSettings);
  });

  it('asks afresh for the next file', async () => {
    await openPage();
    chooseFile(JSON.stringify(sampleBackup()));
    fireEvent.click(
      within(await question()).getByLabelText('Use the settings saved in this backup too'),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    chooseFile(JSON.stringify(sampleBackup()));
    const keep = within(await question()).getByLabelText('Keep my current settings');
    expect((keep as HTMLInputElement).checked).toBe(true);
  });

  it('says a version 1 backup holds no settings, and asks nothing about them', async () => {
    const { deps } = await openPage();
    const { settings: _, ...rest } = sampleBackup();
    chooseFile(JSON.stringify({ ...rest, version: 1 }));
    const panel = await question();
    expect(panel.textContent).toContain('This backup was made before backups held settings');
    expect(within(panel).queryByRole('radio')).toBeNull();
    fireEvent.click(within(panel).getByRole('button', { name: 'Replace my log with this backup' }));
    await screen.findByText("Done: your log now holds the backup's entries.");
    expect(vi.mocked(deps.send).mock.calls[0]?.[0]).toMatchObject({ withSettings: false });
  });

  it('refuses a far-future backup at once, without asking the background', async () => {
    const { deps } = await openPage();
    const backup = sampleBackup();
    backup.prompts[0] = { ...backup.prompts[0], settledAt: 8.64e15 } as never;
    chooseFile(JSON.stringify(backup));
    const alert = await screen.findByText(/Break reminder number 1 in this backup has a time/);
    expect(alert.textContent).toContain('Your log is just as it was.');
    expect(deps.send).not.toHaveBeenCalled();
  });
});
