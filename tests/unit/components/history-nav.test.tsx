// @vitest-environment happy-dom
// The options page's nav: the URL hash picks the view (so options.html#history opens History),
// the current link says so, and switching puts focus on the new view's heading.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsNav, viewFromHash } from '../../../components/options/OptionsNav';
import { englishMessage } from '../background/fakes';

function openAt(hash: string) {
  window.location.hash = hash;
  return render(
    <OptionsNav
      settings={
        <main>
          <h1>Settings view</h1>
          <input aria-label="Draft" />
        </main>
      }
      history={
        <main>
          <h1>History view</h1>
        </main>
      }
      plan={
        <main>
          <h1>Care plan view</h1>
        </main>
      }
      data={null}
    />,
  );
}

const link = (name: string) => screen.getByRole('link', { name });

/** Follows a nav link; the browser changes the hash and fires hashchange after the click. */
async function go(name: string) {
  fireEvent.click(link(name));
  await waitFor(() => expect(link(name).getAttribute('aria-current')).toBe('page'));
}

beforeEach(() => {
  fakeBrowser.reset();
  Object.assign(fakeBrowser.i18n, { getMessage: englishMessage });
});
afterEach(() => {
  cleanup();
  window.location.hash = '';
});

describe('OptionsNav', () => {
  it('reads the view from the hash; anything else is Settings', () => {
    expect(viewFromHash('#history')).toBe('history');
    expect(viewFromHash('#data')).toBe('data');
    expect(viewFromHash('')).toBe('settings');
    expect(viewFromHash('#nonsense')).toBe('settings');
  });

  it('opens History directly from #history, and marks its link as the current page', () => {
    openAt('#history');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('History view');
    expect(link('History').getAttribute('aria-current')).toBe('page');
    expect(link('Settings').getAttribute('aria-current')).toBeNull();
    expect(link('Settings').getAttribute('href')).toBe('#settings');
    expect(screen.getByRole('navigation', { name: 'Options sections' })).toBeTruthy();
    expect(document.title).toBe('History – Hip Check');
  });

  it('opens Settings with no hash, leaving focus alone', () => {
    openAt('');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Settings view');
    expect(link('Settings').getAttribute('aria-current')).toBe('page');
    expect(document.title).toBe('Hip Check options');
    expect(document.activeElement).toBe(document.body);
  });

  it('switches view from its link and moves focus to the new heading', async () => {
    openAt('#settings');
    await go('History');
    const heading = screen.getByRole('heading', { level: 1 });
    expect(heading.textContent).toBe('History view');
    // Effects run after paint: focus follows a moment after the view shows.
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(heading.getAttribute('tabindex')).toBe('-1');
    expect(window.location.hash).toBe('#history');
    expect(link('Settings').getAttribute('aria-current')).toBeNull();
    expect(screen.queryByText('Settings view')?.closest('[hidden]')).toBeTruthy();
  });

  it('keeps every view mounted, so an unsaved draft survives a visit to History', async () => {
    openAt('#settings');
    const draft = screen.getByLabelText('Draft') as HTMLInputElement;
    draft.value = 'typed';
    await go('History');
    await go('Settings');
    expect(screen.getByLabelText('Draft')).toBe(draft);
    expect(draft.value).toBe('typed');
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Settings view'));
  });

  it('follows the back button, and focuses a view with no heading yet by its container', async () => {
    openAt('#settings');
    await go('Your data');
    await waitFor(() => expect(document.activeElement?.id).toBe('view-data'));
    window.location.hash = '#history';
    await waitFor(() => expect(link('History').getAttribute('aria-current')).toBe('page'));
  });
});
