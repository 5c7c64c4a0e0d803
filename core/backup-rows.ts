// The shapes of a backup's rows, checked one by one: the log's records, as valibot schemas.
import * as v from 'valibot';
import {
  type BoutRecord,
  type PainRecord,
  type PromptRecord,
  promptOutcomes,
} from './engine-types';
import { type Settings, settingsSchema } from './settings';

/** The settings in force from `at` until the next plan; the same shape as the log's plans table. */
export interface BackupPlan {
  id: string;
  at: number;
  settings: Settings;
}

const id = v.pipe(v.string(), v.minLength(1));
const time = v.pipe(v.number(), v.finite());
const ids = v.array(v.string());

export const boutSchema = v.object({
  id,
  startedAt: time,
  endedAt: time,
  end: v.picklist(['break', 'routine', 'workday', 'pause', 'standing']),
});

export const promptSchema = v.object({
  id,
  boutId: v.nullable(v.string()),
  trigger: v.picklist(['limit', 'manual']),
  dueAt: time,
  shownAt: v.nullable(time),
  settledAt: time,
  outcome: v.picklist(promptOutcomes),
  snoozesBefore: v.pipe(v.number(), v.integer(), v.minValue(0)),
  offered: ids,
  completed: ids,
});

export const painSchema = v.object({ id, at: time, stretchId: v.string(), promptId: v.string() });

export const planSchema = v.object({ id, at: time, settings: settingsSchema });

/**
 * The schemas must produce exactly the record types: a field added to a record without being
 * added here would otherwise be dropped by every restore, silently. This fails to compile then.
 */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameShapes: [
  Same<v.InferOutput<typeof boutSchema>, BoutRecord>,
  Same<v.InferOutput<typeof promptSchema>, PromptRecord>,
  Same<v.InferOutput<typeof painSchema>, PainRecord>,
  Same<v.InferOutput<typeof planSchema>['id' | 'at'], BackupPlan['id' | 'at']>,
] = [true, true, true, true];
void sameShapes;
