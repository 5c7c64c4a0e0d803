// The options form's state: a full Settings draft, validated on every change, saved only when valid.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { type Settings, validateSettings } from '../../core/settings';
import type { FieldErrors, SetSetting } from './Fields';

/** What storage/settings-store offers; tests and other pages may hand in their own. */
export interface SettingsStore {
  load: () => Promise<Settings>;
  save: (settings: Settings) => Promise<void>;
  watch: (onChange: (next: Settings, previous: Settings) => void) => () => void;
}

export type SaveStatus = 'idle' | 'saving' | 'saved' | 'failed';

export interface SettingsDraft {
  /** null until storage has answered. */
  draft: Settings | null;
  errors: FieldErrors;
  valid: boolean;
  set: SetSetting;
  save: () => Promise<void>;
  status: SaveStatus;
  /** Stored settings changed (another page, the prompt's "hide") while this draft had edits. */
  changedElsewhere: boolean;
}

interface Form {
  stored: Settings;
  draft: Settings;
  changedElsewhere: boolean;
}

export function useSettingsDraft(store: SettingsStore): SettingsDraft {
  const [form, setForm] = useState<Form | null>(null);
  const [status, setStatus] = useState<SaveStatus>('idle');

  useEffect(() => {
    let live = true;
    const fresh = (settings: Settings): Form => ({
      stored: settings,
      draft: settings,
      changedElsewhere: false,
    });
    store.load().then((settings) => {
      if (live) setForm((old) => old ?? fresh(settings));
    });
    const unwatch = store.watch((next) =>
      setForm((old) => {
        if (!old || sameValue(old.draft, old.stored)) return fresh(next);
        return rebase(old, next);
      }),
    );
    return () => {
      live = false;
      unwatch();
    };
  }, [store]);

  const result = useMemo(() => (form ? validateSettings(form.draft) : null), [form?.draft]);

  const set: SetSetting = <K extends keyof Settings>(
    key: K,
    value: Settings[K] | ((old: Settings[K]) => Settings[K]),
  ) => {
    setForm((old) => {
      if (!old) return old;
      // Settings hold plain data, never functions, so a function here is an update.
      const next =
        typeof value === 'function'
          ? (value as (old: Settings[K]) => Settings[K])(old.draft[key])
          : value;
      return { ...old, draft: { ...old.draft, [key]: next } };
    });
    setStatus('idle');
  };

  const save = async () => {
    if (!result?.ok) return;
    setStatus('saving');
    try {
      await store.save(result.value);
      setForm((old) => old && { ...old, stored: result.value, changedElsewhere: false });
      setStatus('saved');
    } catch {
      setStatus('failed');
    }
  };

  return {
    draft: form?.draft ?? null,
    errors: result && !result.ok ? result.errors : {},
    valid: result?.ok ?? false,
    set,
    save,
    status,
    changedElsewhere: form?.changedElsewhere ?? false,
  };
}

/**
 * Stored settings changed while the draft had edits (the data page's retention, the prompt's
 * "hide this stretch"): fields the user has not touched follow storage, so saving the form never
 * puts back an old value; edited fields are kept, and the user is told when one of them changed.
 */
function rebase(old: Form, next: Settings): Form {
  const draft = { ...next };
  let changedElsewhere = old.changedElsewhere;
  for (const key of Object.keys(next) as (keyof Settings)[]) {
    if (sameValue(old.draft[key], old.stored[key])) continue;
    (draft as Record<keyof Settings, unknown>)[key] = old.draft[key];
    if (!sameValue(next[key], old.stored[key])) changedElsewhere = true;
  }
  return { stored: next, draft, changedElsewhere };
}

/** Deep equality for plain settings data; NaN equals NaN, as an empty field stays empty. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  const recordB = b as Record<string, unknown>;
  return (
    keysA.length === keysB.length &&
    keysA.every(
      (key) => key in recordB && sameValue((a as Record<string, unknown>)[key], recordB[key]),
    )
  );
}
