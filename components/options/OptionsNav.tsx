// The options page's four views behind one nav, chosen by the URL hash so a link such as
// options.html#history opens one directly. All stay mounted, so unsaved settings survive a visit
// to History and the theme being previewed stays in force.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { type MessageKey, t } from '../i18n';

export type OptionsViewId = 'settings' | 'history' | 'plan' | 'data';

const views: { id: OptionsViewId; label: MessageKey; title: MessageKey }[] = [
  { id: 'settings', label: 'navSettings', title: 'optionsTitle' },
  { id: 'history', label: 'navHistory', title: 'historyPageTitle' },
  { id: 'plan', label: 'navCarePlan', title: 'carePlanPageTitle' },
  { id: 'data', label: 'navData', title: 'dataPageTitle' },
];

/** Any other hash, and none, is the settings view: the page as it always opened. */
export function viewFromHash(hash: string): OptionsViewId {
  const id = hash.replace(/^#/, '');
  return views.find((view) => view.id === id)?.id ?? 'settings';
}

/** Puts the keyboard and screen reader at the start of the view just opened: its heading. */
function focusStart(container: HTMLElement | null): void {
  if (!container) return;
  const target = container.querySelector<HTMLElement>('h1') ?? container;
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.focus();
}

export function OptionsNav(props: Record<OptionsViewId, ComponentChildren>) {
  const [current, setCurrent] = useState(() => viewFromHash(location.hash));
  const opened = useRef(false);

  useEffect(() => {
    const follow = () => setCurrent(viewFromHash(location.hash));
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);

  useEffect(() => {
    const view = views.find((v) => v.id === current);
    if (view) document.title = t(view.title);
    // On opening, focus stays where the browser puts it; after a switch it goes to the new view.
    if (opened.current) focusStart(document.getElementById(`view-${current}`));
    opened.current = true;
  }, [current]);

  return (
    <>
      <nav class="options-nav" aria-label={t('navLabel')}>
        <ul>
          {views.map((view) => (
            <li key={view.id}>
              <a href={`#${view.id}`} aria-current={view.id === current ? 'page' : undefined}>
                {t(view.label)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {views.map((view) => (
        <div key={view.id} id={`view-${view.id}`} hidden={view.id !== current}>
          {props[view.id]}
        </div>
      ))}
    </>
  );
}
