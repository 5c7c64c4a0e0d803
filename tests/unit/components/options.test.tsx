// @vitest-environment happy-dom
// The options page: messages beside wrong values, nothing saved until valid, saving, live refresh, theme.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsPage } from '../../../components/options/OptionsPage';
import type { SettingsStore } from '../../../components/options/use-settings-draft';
import { applyTheme } from '../../../components/theme';
import { defaultSettings } from '../../../core/settings';
import { settingsItem } from '../../../storage/items';
import { loadSettings, saveSettings, watchSettings } from '../../../storage/settings-store';
import { stubBrowserGaps } from '../background/fakes';

const store: SettingsStore = { load: loadSettings, save: saveSettings, watch: watchSettings };

async function openOptions() {
  render(<OptionsPage store={store} />);
  await screen.findByRole('heading', { level: 1, name: 'Hip Check options' });
}

function field(label: string): HTMLInputElement {
  return screen.getByLabelText(label) as HTMLInputElement;
}

/** The message element the field points to with aria-describedby. */
function messageOf(input: HTMLElement): string {
  const ids = input.getAttribute('aria-describedby')?.split(' ') ?? [];
  const message = ids
    .map((id) => document.getElementById(id))
    .find((el) => el?.matches('.field-error'));
  return message?.textContent ?? '';
}

const saveButton = () => screen.getByRole('button', { name: 'Save' }) as HTMLButtonElement;

beforeEach(() => {
  fakeBrowser.reset();
  stubBrowserGaps({ fullscreen: false });
});
afterEach(() => {
  cleanup();
  delete document.documentElement.dataset.theme;
});

describe('OptionsPage', () => {
  it('shows the stored settings, every control labelled', async () => {
    await saveSettings({ ...defaultSettings, sittingLimitMin: 40, delivery: 'badge' });
    await openOptions();
    expect(field('Sitting limit (minutes)').value).toBe('40');
    expect(field('Idle sensitivity (seconds)').value).toBe('60');
    expect(field('Starts at').value).toBe('08:00');
    expect(field('Ends at').value).toBe('18:00');
    expect(
      (
        screen.getByRole('radio', {
          name: 'Only the badge on the toolbar button',
        }) as HTMLInputElement
      ).checked,
    ).toBe(true);
    expect((screen.getByRole('checkbox', { name: 'Monday' }) as HTMLInputElement).checked).toBe(
      true,
    );
    expect((screen.getByRole('checkbox', { name: 'Sunday' }) as HTMLInputElement).checked).toBe(
      false,
    );
    const link = screen.getByRole('link', { name: 'Show the welcome page again' });
    expect(link.getAttribute('href')).toBe('/onboarding.html');
  });

  it('refuses a sitting limit out of range beside the field, and writes nothing', async () => {
    await openOptions();
    const before = await settingsItem.getValue();
    const limit = field('Sitting limit (minutes)');
    fireEvent.input(limit, { target: { value: '5' } });

    expect(limit.getAttribute('aria-invalid')).toBe('true');
    expect(messageOf(limit)).toBe('Choose a sitting limit of 10 to 120 minutes, in whole minutes.');
    expect(saveButton().disabled).toBe(true);
    // A save starts synchronously on submit, with store.save; not calling it is the proof that
    // nothing is written, with no wait for a write that might come later.
    const save = vi.spyOn(store, 'save');
    fireEvent.submit(saveButton().closest('form') as HTMLFormElement);
    expect(save).not.toHaveBeenCalled();
    expect(await settingsItem.getValue()).toEqual(before);

    fireEvent.input(limit, { target: { value: '45' } });
    expect(limit.getAttribute('aria-invalid')).toBeNull();
    expect(messageOf(limit)).toBe('');
    expect(saveButton().disabled).toBe(false);
    fireEvent.click(saveButton());
    expect(await screen.findByText('Saved. Hip Check is using your new settings.')).toBeTruthy();
    expect(await loadSettings()).toEqual({ ...defaultSettings, sittingLimitMin: 45 });
    expect(save).toHaveBeenCalledOnce();
  });

  it('says what is wrong with an empty field, an idle time as long as the break, and the hours', async () => {
    await openOptions();
    const snooze = field('Snooze length (minutes)');
    fireEvent.input(snooze, { target: { value: '' } });
    expect(messageOf(snooze)).toBe('Choose a snooze of 1 to 30 minutes, in whole minutes.');
    fireEvent.input(snooze, { target: { value: '10' } });

    const idle = field('Idle sensitivity (seconds)');
    fireEvent.input(idle, { target: { value: '300' } });
    expect(messageOf(idle)).toMatch(/shorter than the break length/);
    fireEvent.input(field('Break length (minutes)'), { target: { value: '6' } });
    expect(messageOf(idle)).toBe('');

    const end = field('Ends at');
    fireEvent.input(end, { target: { value: '07:30' } });
    expect(end.getAttribute('aria-invalid')).toBe('true');
    expect(messageOf(end)).toMatch(/has to end after it starts/);
    expect(saveButton().disabled).toBe(true);
    fireEvent.input(end, { target: { value: '00:00' } });
    expect(messageOf(end)).toBe('');

    for (const day of ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday']) {
      fireEvent.click(screen.getByRole('checkbox', { name: day }));
    }
    expect(screen.getByText('Choose at least one working day.')).toBeTruthy();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Saturday' }));
    fireEvent.click(saveButton());
    await screen.findByText('Saved. Hip Check is using your new settings.');
    const saved = await loadSettings();
    expect(saved.schedule).toEqual({ enabled: true, days: [6], startMinute: 480, endMinute: 1440 });
    expect(saved.breakMin).toBe(6);
    expect(saved.idleDetectionSec).toBe(300);
  });

  it('follows settings changed elsewhere in the fields not being edited, and keeps the edits', async () => {
    await openOptions();
    await saveSettings({ ...defaultSettings, sittingLimitMin: 50 });
    await waitFor(() => expect(field('Sitting limit (minutes)').value).toBe('50'));

    fireEvent.input(field('Snooze length (minutes)'), { target: { value: '15' } });
    // Another page changes a field this draft has not touched: the draft takes it, silently,
    // so saving the form later does not put the old value back.
    await saveSettings({ ...defaultSettings, sittingLimitMin: 60 });
    await waitFor(() => expect(field('Sitting limit (minutes)').value).toBe('60'));
    expect(field('Snooze length (minutes)').value).toBe('15');
    expect(screen.queryByText(/changed somewhere else/)).toBeNull();

    // It changes the field being edited: the edit stays, and the user is told.
    await saveSettings({ ...defaultSettings, sittingLimitMin: 60, snoozeMin: 5 });
    expect(await screen.findByText(/changed somewhere else/)).toBeTruthy();
    expect(field('Snooze length (minutes)').value).toBe('15');
    fireEvent.click(saveButton());
    await screen.findByText('Saved. Hip Check is using your new settings.');
    expect(await loadSettings()).toMatchObject({ sittingLimitMin: 60, snoozeMin: 15 });
  });

  it('offers the daily goal, and explains a goal out of range beside the field', async () => {
    await openOptions();
    fireEvent.input(field('Daily goal (breaks)'), { target: { value: '0' } });
    expect(await screen.findByText('Choose a daily goal of 1 to 20 breaks.')).toBeTruthy();
    expect(saveButton().disabled).toBe(true);
    fireEvent.input(field('Daily goal (breaks)'), { target: { value: '6' } });
    fireEvent.click(saveButton());
    await screen.findByText('Saved. Hip Check is using your new settings.');
    expect((await loadSettings()).dailyGoal).toBe(6);
  });

  it('previews the chosen theme on the page, and saves it', async () => {
    await openOptions();
    expect(document.documentElement.dataset.theme).toBe('system');
    fireEvent.click(screen.getByRole('radio', { name: 'Dark' }));
    expect(document.documentElement.dataset.theme).toBe('dark');
    fireEvent.click(saveButton());
    await screen.findByText('Saved. Hip Check is using your new settings.');
    expect((await loadSettings()).theme).toBe('dark');
    fireEvent.click(screen.getByRole('radio', { name: 'Light' }));
    expect(document.documentElement.dataset.theme).toBe('light');
  });
});

describe('applyTheme', () => {
  it('marks the root element for base.css', () => {
    applyTheme('light');
    expect(document.documentElement.dataset.theme).toBe('light');
    applyTheme('system');
    expect(document.documentElement.dataset.theme).toBe('system');
  });
});
