// Every extension-storage item Hip Check keeps, typed in one place.
import { storage } from 'wxt/utils/storage';
import type { DayFigures } from '../core/adherence';
import type { PopupView } from '../core/popup-view';

/** Whether the log database could be used the last time the background tried. */
export interface LogHealth {
  ok: boolean;
  /** Rows waiting in the engine's outbox because the database could not take them. */
  waiting: number;
  error?: string;
}

/** Raw engine state: read through core/engine-state.restoreState, written only by the background. */
export const engineStateItem = storage.defineItem<unknown>('local:engine');

/**
 * Raw settings, in any stored version: read through storage/settings-store, which migrates them
 * (core/settings-migrations) and validates them, so a damaged value never stops the engine.
 */
export const settingsItem = storage.defineItem<unknown>('local:settings');

/**
 * The clinic's care plan in force, as storage/care-plan-store.ts keeps it: `{ text, appliedAt }`
 * or null. Local only: a plan is given to one person on one device, never synced.
 */
export const carePlanItem = storage.defineItem<unknown>('local:carePlan', { fallback: null });

/** The copy shared with the user's other browsers, same format as settingsItem. */
export const syncedSettingsItem = storage.defineItem<unknown>('sync:settings');

/** Whether this browser shares its settings through storage.sync; each browser decides for itself. */
export const syncEnabledItem = storage.defineItem<boolean>('local:syncSettings', {
  fallback: false,
});

export const logHealthItem = storage.defineItem<LogHealth>('local:logHealth', {
  fallback: { ok: true, waiting: 0 },
});

/**
 * The open prompt window. Session storage on purpose: window ids are reused after a browser
 * restart, and a stale id must never let us close somebody else's window.
 */
export const promptWindowItem = storage.defineItem<number | null>('session:promptWindow', {
  fallback: null,
});

export interface TodaySnapshot {
  /** Local YYYY-MM-DD. */
  date: string;
  /** Logged rows only, without the bout in progress. */
  figures: DayFigures;
}

export const todayItem = storage.defineItem<TodaySnapshot | null>('local:today', {
  fallback: null,
});

/**
 * What the toolbar popup shows, made ready by the background (core/popup-view.ts) after every
 * event and every change of Today's figures; the popup reads it through popup-view-read.ts.
 */
export const popupViewItem = storage.defineItem<PopupView | null>('local:popupView', {
  fallback: null,
});
