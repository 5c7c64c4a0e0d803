// The shapes of a backup's rows, checked one by one: the log's records (core/log-rows.ts), the
// plans (settings and care plan in force) and the care plan kept as it was given.

import * as v from 'valibot';
import { type CarePlan, carePlanMaxBytes, carePlanSchema } from './care-plan';
import { id, time } from './log-rows';
import type { Same } from './same-type';
import { type Settings, settingsSchema } from './settings';

export {
  boutSchema,
  maxIdLength,
  painCheckSchema,
  painSchema,
  promptSchema,
} from './log-rows';

/** The settings and care plan in force from `at` until the next plan: the log's plans table. */
export interface BackupPlan {
  id: string;
  at: number;
  settings: Settings;
  carePlan: CarePlan | null;
}

export const planSchema = v.object({
  id,
  at: time,
  settings: settingsSchema,
  // Backups before version 3 had no care plans.
  carePlan: v.optional(v.nullable(carePlanSchema), null),
});

/** The plan's schema must produce the plan's fields (settings and care plan are checked apart). */
type Plain = 'id' | 'at';
const samePlan: Same<v.InferOutput<typeof planSchema>[Plain], BackupPlan[Plain]> = true;
void samePlan;

/** The care plan in force when the backup was saved, as its file was given (storage keeps it so). */
export const storedCarePlanSchema = v.object({
  text: v.pipe(v.string(), v.maxLength(carePlanMaxBytes)),
  appliedAt: time,
});
