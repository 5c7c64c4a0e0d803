// What the data page needs from the extension, as one object, so tests hand in fakes.
import type { Settings } from '../../core/settings';
import { type DataReply, type DataRequest, sendDataRequest } from '../../messages';
import { loadStoredCarePlan, type StoredCarePlan } from '../../storage/care-plan-store';
import { type LogDb, openLogDb } from '../../storage/db';
import { loadSettings, saveSettings } from '../../storage/settings-store';
import { saveFile } from './save-file';

export interface DataPageDeps {
  /** The log, for reading only: every change goes through `send` to the background. */
  openDb: () => LogDb;
  send: (request: DataRequest) => Promise<DataReply>;
  loadSettings: () => Promise<Settings>;
  saveSettings: (settings: Settings) => Promise<void>;
  /** The care plan in force as given, which a backup carries. */
  loadCarePlan: () => Promise<StoredCarePlan | null>;
  saveFile: (name: string, type: string, text: string) => void;
  now: () => number;
}

export const extensionDeps: DataPageDeps = {
  openDb: () => openLogDb(),
  send: sendDataRequest,
  loadSettings,
  saveSettings,
  loadCarePlan: loadStoredCarePlan,
  saveFile,
  now: () => Date.now(),
};
