// @vitest-environment happy-dom
// The options page's stretch choice: hiding a stretch, health filters and the routine preview.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsPage } from '../../../components/options/OptionsPage';
import { pictureUrl } from '../../../components/stretch-pictures';
import { pickRoutine } from '../../../core/routine';
import { defaultSettings } from '../../../core/settings';
import { noFilters, type Stretch, stretches, stretchTextKeys } from '../../../core/stretches';
import { loadSettings, saveSettings, watchSettings } from '../../../storage/settings-store';
import { englishMessage, stubBrowserGaps } from '../background/fakes';

const nameOf = (stretch: Stretch) => englishMessage(stretchTextKeys(stretch).name);
// A Tuesday whose first routine, with no filters, is two stretches a hip replacement rules out.
const now = new Date(2025, 2, 4, 10, 0);

async function openOptions() {
  render(<OptionsPage store={{ load: loadSettings, save: saveSettings, watch: watchSettings }} />);
  await screen.findByRole('heading', { level: 1, name: 'Hip Check options' });
}

const offerBox = (stretch: Stretch) =>
  screen.getByRole('checkbox', {
    name: `Offer this stretch ${nameOf(stretch)}`,
  }) as HTMLInputElement;
const item = (stretch: Stretch) =>
  document.querySelector(`[data-stretch="${stretch.id}"]`) as HTMLElement;
const previewNames = () =>
  within(screen.getByRole('region', { name: 'A routine you might get' }))
    .getAllByRole('listitem')
    .map((li) => li.textContent);

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(now);
  fakeBrowser.reset();
  stubBrowserGaps({ fullscreen: false });
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('OptionsPage stretches', () => {
  it('lists every stretch with its picture; walking is always offered', async () => {
    await openOptions();
    for (const stretch of stretches) {
      const entry = item(stretch);
      expect(within(entry).getByText(nameOf(stretch))).toBeTruthy();
      expect(entry.querySelector('img')?.getAttribute('src')).toBe(pictureUrl(stretch.id));
    }
    const walk = stretches.find((s) => s.id === 'walk-break') as Stretch;
    expect(within(item(walk)).queryByRole('checkbox')).toBeNull();
    expect(within(item(walk)).getByText(/Always offered/)).toBeTruthy();
  });

  it('hides a stretch the user unticks, and offers it again when ticked', async () => {
    await openOptions();
    const figure4 = stretches.find((s) => s.id === 'seated-figure-4') as Stretch;
    fireEvent.click(offerBox(figure4));
    expect(offerBox(figure4).checked).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Saved. Hip Check is using your new settings.');
    expect((await loadSettings()).hiddenStretches).toEqual(['seated-figure-4']);

    fireEvent.click(offerBox(figure4));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Saved. Hip Check is using your new settings.');
    expect((await loadSettings()).hiddenStretches).toEqual([]);
  });

  it('marks what a filter rules out as unavailable, with the reason, and the preview follows', async () => {
    await openOptions();
    const request = { dayStart: new Date(now).setHours(0, 0, 0, 0), budgetSec: 120 as const };
    const routineNames = (filters: typeof noFilters) =>
      pickRoutine({ ...request, filters, hidden: [], earlierToday: [], previous: [] }).items.map(
        (i) => nameOf(stretches.find((s) => s.id === i.id) as Stretch),
      );
    expect(previewNames()).toEqual(['Standing side leg raise', 'Leg swings']);

    fireEvent.click(screen.getByRole('checkbox', { name: 'Hip replacement' }));
    for (const stretch of stretches.filter((s) => s.id !== 'walk-break')) {
      const ruledOut = stretch.cautions.includes('hipReplacement');
      expect(offerBox(stretch).disabled, stretch.id).toBe(ruledOut);
      expect(
        within(item(stretch)).queryByText('Not offered after a hip replacement.') !== null,
      ).toBe(ruledOut);
    }
    const filtered = { ...noFilters, hipReplacement: true };
    expect(previewNames()).toEqual(routineNames(filtered));
    expect(previewNames()).not.toContain('Leg swings');

    fireEvent.click(screen.getByRole('checkbox', { name: 'Office only' }));
    const bandWalk = stretches.find((s) => s.id === 'lateral-band-walk') as Stretch;
    expect(within(item(bandWalk)).getByText(/Not offered with “Office only”/)).toBeTruthy();
    expect(previewNames()).toEqual(routineNames({ ...filtered, officeOnly: true }));
  });

  it('previews the routine length and says when nothing is left', async () => {
    await saveSettings({
      ...defaultSettings,
      hiddenStretches: stretches.filter((s) => s.position !== 'seated').map((s) => s.id),
    });
    await openOptions();
    fireEvent.click(screen.getByRole('radio', { name: '1 min' }));
    expect(previewNames()).toHaveLength(1);
    fireEvent.click(
      screen.getByRole('checkbox', { name: `Offer this stretch Seated glute squeeze` }),
    );
    fireEvent.click(
      screen.getByRole('checkbox', { name: `Offer this stretch Seated pelvic tilt` }),
    );
    fireEvent.click(screen.getByRole('checkbox', { name: `Offer this stretch Seated figure-4` }));
    expect(screen.getByText(/No stretch fits these choices/)).toBeTruthy();
  });
});
