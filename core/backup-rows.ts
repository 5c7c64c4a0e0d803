// The shapes of a backup's rows, checked one by one: the log's records (core/log-rows.ts) and the
// settings plans.

import * as v from 'valibot';
import { id, time } from './log-rows';
import type { Same } from './same-type';
import { type Settings, settingsSchema } from './settings';

export { boutSchema, maxIdLength, painSchema, promptSchema } from './log-rows';

/** The settings in force from `at` until the next plan; the same shape as the log's plans table. */
export interface BackupPlan {
  id: string;
  at: number;
  settings: Settings;
}

export const planSchema = v.object({ id, at: time, settings: settingsSchema });

/** The plan's schema must produce the plan's fields (the settings are checked in settings.ts). */
const samePlan: Same<v.InferOutput<typeof planSchema>['id' | 'at'], BackupPlan['id' | 'at']> = true;
void samePlan;
