// The backup file: its format, and the checks that refuse a bad one with a message a user can act on.
import * as v from 'valibot';
import { checkRows, maxRows } from './backup-checks';
import {
  type BackupPlan,
  boutSchema,
  painCheckSchema,
  painSchema,
  planSchema,
  promptSchema,
  storedCarePlanSchema,
} from './backup-rows';
import { readCarePlanText } from './care-plan';
import { looksCutShort } from './cut-short';
import type { BoutRecord, PainCheckRecord, PainRecord, PromptRecord } from './engine-types';
import { type Settings, validateSettings } from './settings';

export type { BackupPlan } from './backup-rows';

/**
 * Format version 3, a JSON object:
 *   { format: 'hip-check-backup', version: 3, exportedAt: <ms since the epoch>, settings: Settings,
 *     carePlan: { text, appliedAt } | null, bouts: BoutRecord[], prompts: PromptRecord[],
 *     pains: PainRecord[], painChecks: PainCheckRecord[], plans: BackupPlan[] }
 * The rows are the log's rows as they are stored. Day summaries are left out: they are derived, and
 * rebuilt from the rows after a restore. The version counts changes of this file's shape, not of
 * the database schema, so a schema change that keeps the rows' shape keeps old backups readable.
 * Version 1 had no `settings`; it is still read, with `settings: null` (which later versions allow
 * too, so a version 1 backup the page has read can be handed to the background as it is).
 * Versions 1 and 2 had no care plans and no pain checks: they read with none, and `carePlan` left
 * out, so restoring one leaves the plan in force alone. `carePlan` is the plan's file as given; the
 * plans rows carry each plan that was in force, as checked, for the figures of the days under it.
 * What the rows must say to be believed (times, bouts, references, sizes) is in backup-checks.ts.
 */
export const backupFormat = 'hip-check-backup';
export const backupVersion = 3;

export interface Backup {
  format: typeof backupFormat;
  version: typeof backupVersion;
  exportedAt: number;
  /** The settings when the backup was saved; null for a version 1 backup, which had none. */
  settings: Settings | null;
  /** The care plan in force when saved (null: none); absent in a backup older than version 3. */
  carePlan?: { text: string; appliedAt: number } | null;
  bouts: BoutRecord[];
  prompts: PromptRecord[];
  pains: PainRecord[];
  painChecks: PainCheckRecord[];
  plans: BackupPlan[];
}

/** A refusal names a messages.json key; params fill its placeholders. */
export type BackupCheck =
  | { ok: true; value: Backup }
  | { ok: false; error: string; params: string[] };

/** Each table with the keys of its messages: a bad row and a repeated id. */
const tables = [
  { name: 'bouts', schema: boutSchema, bad: 'backupErrBadBout', twice: 'backupErrDuplicateBout' },
  {
    name: 'prompts',
    schema: promptSchema,
    bad: 'backupErrBadPrompt',
    twice: 'backupErrDuplicatePrompt',
  },
  { name: 'pains', schema: painSchema, bad: 'backupErrBadPain', twice: 'backupErrDuplicatePain' },
  {
    name: 'painChecks',
    schema: painCheckSchema,
    bad: 'backupErrBadPainCheck',
    twice: 'backupErrDuplicatePainCheck',
  },
  { name: 'plans', schema: planSchema, bad: 'backupErrBadPlan', twice: 'backupErrDuplicatePlan' },
] as const;

const markerSchema = v.object({ format: v.literal(backupFormat), version: v.unknown() });

const envelopeSchema = v.object({
  version: v.pipe(v.number(), v.integer(), v.minValue(1)),
  exportedAt: v.pipe(v.number(), v.finite()),
  bouts: v.array(v.unknown()),
  prompts: v.array(v.unknown()),
  pains: v.array(v.unknown()),
  painChecks: v.optional(v.array(v.unknown()), []),
  plans: v.array(v.unknown()),
});

const refuse = (error: string, ...params: (string | number)[]): BackupCheck => ({
  ok: false,
  error,
  params: params.map(String),
});

/** Reads a backup file's text; never throws. `now` bounds the times it may hold. */
export function parseBackup(text: string, now: number): BackupCheck {
  // Some editors save a byte-order mark in front; JSON.parse would stop at it.
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return refuse('backupErrEmpty');
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return refuse(looksCutShort(body) ? 'backupErrTruncated' : 'backupErrNotJson');
  }
  return checkBackup(value, now);
}

/**
 * Checks a parsed backup, as the page does before asking and the background does before writing.
 * `now` is the reader's clock: no time in the backup may be more than a day after it.
 */
export function checkBackup(value: unknown, now: number): BackupCheck {
  if (!v.is(markerSchema, value)) return refuse('backupErrNotBackup');
  const { version } = value;
  if (typeof version === 'number' && Number.isInteger(version) && version > backupVersion) {
    return refuse('backupErrNewerVersion', version);
  }
  const envelope = v.safeParse(envelopeSchema, value);
  if (!envelope.success) return refuse('backupErrDamaged');
  const found = envelope.output;
  // Counted before any row is looked at, so a huge file is refused at once.
  const total = tables.reduce((sum, table) => sum + found[table.name].length, 0);
  if (total > maxRows) return refuse('backupErrTooBig', total, maxRows);
  // null: a backup read from version 1 and handed on (page to background) in today's shape.
  const stored = found.version >= 2 ? Reflect.get(value, 'settings') : null;
  const settings = stored === null ? null : validateSettings(stored);
  if (settings && !settings.ok) return refuse('backupErrSettings');
  // Left out (a version 1 or 2 backup, or a hand-made one): the plan in force is left alone.
  const givenPlan = Reflect.get(value, 'carePlan');
  const carePlan =
    found.version >= 3 && givenPlan !== undefined ? readStoredPlan(givenPlan) : undefined;
  if (carePlan === false) return refuse('backupErrCarePlan');
  const rows: Record<string, unknown[]> = {};
  for (const table of tables) {
    const source = found[table.name];
    const checked: unknown[] = new Array(source.length);
    const seen = new Set<string>();
    for (let index = 0; index < source.length; index++) {
      const row = v.safeParse(table.schema, source[index]);
      // Row numbers count from 1, as a person reading the file would.
      if (!row.success) return refuse(table.bad, index + 1);
      if (seen.has(row.output.id)) return refuse(table.twice, index + 1, row.output.id);
      seen.add(row.output.id);
      checked[index] = row.output;
    }
    rows[table.name] = checked;
  }
  const backup: Backup = {
    format: backupFormat,
    version: backupVersion,
    exportedAt: found.exportedAt,
    settings: settings?.value ?? null,
    ...(carePlan === undefined ? {} : { carePlan }),
    ...(rows as Pick<Backup, 'bouts' | 'prompts' | 'pains' | 'painChecks' | 'plans'>),
  };
  const wrong = checkRows(backup, now);
  return wrong ? refuse(wrong.error, ...wrong.params) : { ok: true, value: backup };
}

/** The plan in force a backup holds: as stored, null for none, false when it does not pass. */
function readStoredPlan(value: unknown): Backup['carePlan'] | false {
  if (value === null) return null;
  const stored = v.safeParse(storedCarePlanSchema, value);
  if (!stored.success || !readCarePlanText(stored.output.text).ok) return false;
  return stored.output;
}

export interface BackupSummary {
  bouts: number;
  prompts: number;
  pains: number;
  painChecks: number;
  /** The earliest and latest moments the rows record; null for an empty backup. */
  from: number | null;
  to: number | null;
}

/** What a backup holds, to show before it replaces the log. */
export function summarizeBackup(backup: Backup): BackupSummary {
  let from = Number.POSITIVE_INFINITY;
  let to = Number.NEGATIVE_INFINITY;
  const see = (at: number) => {
    if (at < from) from = at;
    if (at > to) to = at;
  };
  for (const bout of backup.bouts) {
    see(bout.startedAt);
    see(bout.endedAt);
  }
  for (const prompt of backup.prompts) see(prompt.dueAt);
  for (const pain of backup.pains) see(pain.at);
  for (const check of backup.painChecks) see(check.at);
  const empty = from > to;
  return {
    bouts: backup.bouts.length,
    prompts: backup.prompts.length,
    pains: backup.pains.length,
    painChecks: backup.painChecks.length,
    from: empty ? null : from,
    to: empty ? null : to,
  };
}
