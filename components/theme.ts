// Applies the theme setting to a page: base.css reads `data-theme` on the root element.
import { useLayoutEffect } from 'preact/hooks';
import type { Theme } from '../core/settings-defaults';

export function applyTheme(theme: Theme, root: HTMLElement = document.documentElement): void {
  root.dataset.theme = theme;
}

/** Follows a theme while the page is open; undefined (settings not read yet) leaves the page alone. */
export function useTheme(theme: Theme | undefined): void {
  // Before paint, so the page never flashes in the other theme.
  useLayoutEffect(() => {
    if (theme) applyTheme(theme);
  }, [theme]);
}
