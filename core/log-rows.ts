// The log's rows as valibot schemas, one per record type: the backup checks a file's rows with
// them, and the engine's stored state checks the rows waiting in its outbox with them too.

import * as v from 'valibot';
import {
  type BoutRecord,
  boutEnds,
  type PainCheckRecord,
  type PainRecord,
  type PromptRecord,
  promptOutcomes,
  promptTriggers,
} from './engine-types';
import type { Same } from './same-type';
import { stretches } from './stretches';

/**
 * Every string and array is bounded, so a hand-made file cannot make the page or the background
 * hold more than the log itself would. The engine's ids are a letter, a time in base 36 and a
 * counter (about 15 characters); 64 leaves room for ids a future version might make.
 */
export const maxIdLength = 64;

export const id = v.pipe(v.string(), v.minLength(1), v.maxLength(maxIdLength));
/** Whether a time is in range depends on the clock, so backup-checks.ts looks at it. */
export const time = v.pipe(v.number(), v.finite());
/** Which ids are known is checked later too, to name the unknown one; here only the length. */
const stretchId = v.pipe(v.string(), v.maxLength(maxIdLength));
/** A routine never offers a stretch twice, so no list is longer than the catalogue. */
export const stretchIds = v.pipe(v.array(stretchId), v.maxLength(stretches.length));

export const boutSchema = v.object({
  id,
  startedAt: time,
  endedAt: time,
  end: v.picklist(boutEnds),
});

export const promptSchema = v.object({
  id,
  boutId: v.nullable(id),
  trigger: v.picklist(promptTriggers),
  dueAt: time,
  shownAt: v.nullable(time),
  settledAt: time,
  outcome: v.picklist(promptOutcomes),
  // Snoozes in a row are capped by the settings (5 at most); 1000 is far past any real log.
  snoozesBefore: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1000)),
  offered: stretchIds,
  completed: stretchIds,
});

export const painSchema = v.object({ id, at: time, stretchId, promptId: id });

/** 0–10 as the question offers it, or null for a skipped question. */
export const painScoreSchema = v.nullable(
  v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10)),
);

export const painCheckSchema = v.object({ id, at: time, score: painScoreSchema });

/**
 * The schemas must produce exactly the record types: a field added to a record without being
 * added here would otherwise be dropped by every restore, silently. This fails to compile then.
 */
const sameShapes: [
  Same<v.InferOutput<typeof boutSchema>, BoutRecord>,
  Same<v.InferOutput<typeof promptSchema>, PromptRecord>,
  Same<v.InferOutput<typeof painSchema>, PainRecord>,
  Same<v.InferOutput<typeof painCheckSchema>, PainCheckRecord>,
] = [true, true, true, true];
void sameShapes;
