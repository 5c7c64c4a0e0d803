// Every stored shape has one schema, and the schema and the type agree field for field: a field
// the schema does not know is a type error (checked by `tsc`, which reads this file), and every
// shape comes back whole through JSON and its schema, as storage and backups carry it.
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  type BackupPlan,
  boutSchema,
  painSchema,
  planSchema,
  promptSchema,
} from '../../../core/backup-rows';
import { restoreState, type StateSchemaAgrees } from '../../../core/engine-state';
import type { BoutRecord, EngineState, PainRecord, PromptRecord } from '../../../core/engine-types';
import type { Same } from '../../../core/same-type';
import {
  defaultSettings,
  type Settings,
  type SettingsSchemaAgrees,
  validateSettings,
} from '../../../core/settings';
import { at, Sim } from './drive';

type Row<S extends v.GenericSchema> = v.InferOutput<S>;

describe('each stored shape and its schema agree at compile time', () => {
  it('engine state', () => {
    const agrees: StateSchemaAgrees<EngineState> = true;
    // @ts-expect-error a state field the schema does not name
    const extra: StateSchemaAgrees<EngineState & { napUntil: number | null }> = true;
    // @ts-expect-error a schema field the state type lost
    const missing: StateSchemaAgrees<Omit<EngineState, 'manualFloor'>> = true;
    expect([agrees, extra, missing]).toEqual([true, true, true]);
  });

  it('settings', () => {
    const agrees: SettingsSchemaAgrees<Settings> = true;
    // @ts-expect-error a setting the schema does not name
    const extra: SettingsSchemaAgrees<Settings & { meetingHold: boolean }> = true;
    // @ts-expect-error a schema field the settings type lost
    const missing: SettingsSchemaAgrees<Omit<Settings, 'chime'>> = true;
    expect([agrees, extra, missing]).toEqual([true, true, true]);
  });

  it('log rows and backup rows (one schema each, shared by storage and backup)', () => {
    const bout: Same<Row<typeof boutSchema>, BoutRecord> = true;
    const prompt: Same<Row<typeof promptSchema>, PromptRecord> = true;
    const pain: Same<Row<typeof painSchema>, PainRecord> = true;
    const plan: Same<Row<typeof planSchema>, BackupPlan> = true;
    // @ts-expect-error a prompt field the schema does not name
    const extra: Same<Row<typeof promptSchema>, PromptRecord & { carePlanId: string }> = true;
    expect([bout, prompt, pain, plan, extra]).toEqual([true, true, true, true, true]);
  });
});

/** JSON, as extension storage and backup files carry values. */
const throughJson = <T>(value: T): unknown => JSON.parse(JSON.stringify(value));

describe('each stored shape comes back whole through its schema', () => {
  it('engine state, with a bout, a prompt and rows waiting in the outbox', () => {
    const sim = new Sim();
    sim.runUntil(at('09:30'));
    sim.answer({ type: 'routineStarted', at: at('09:31') });
    sim.answer({
      type: 'routineFinished',
      at: at('09:33'),
      outcome: 'hurt',
      completed: [],
      painStretch: 'glute-bridge',
    });
    sim.runUntil(at('10:10'));
    const state = sim.state;
    expect(state.outbox.map((r) => r.kind).sort()).toEqual(['bout', 'pain', 'prompt']);
    expect(restoreState(throughJson(state), at('10:10'))).toEqual(state);
  });

  it('settings, the defaults and a changed set', () => {
    const changed: Settings = { ...defaultSettings, chime: true, hiddenStretches: ['side-plank'] };
    for (const settings of [defaultSettings, changed]) {
      expect(validateSettings(throughJson(settings))).toEqual({ ok: true, value: settings });
    }
  });

  it('log rows, as a backup holds them', () => {
    const bout: BoutRecord = {
      id: 'b1',
      startedAt: at('09:00'),
      endedAt: at('09:40'),
      end: 'break',
    };
    const prompt: PromptRecord = {
      id: 'p1',
      boutId: 'b1',
      trigger: 'limit',
      dueAt: at('09:30'),
      shownAt: at('09:30'),
      settledAt: at('09:34'),
      outcome: 'hurt',
      snoozesBefore: 0,
      offered: ['seated-figure-4', 'glute-bridge'],
      completed: ['seated-figure-4'],
    };
    const pain: PainRecord = {
      id: 'x1',
      at: at('09:34'),
      stretchId: 'glute-bridge',
      promptId: 'p1',
    };
    const plan: BackupPlan = {
      id: 'plan1',
      at: at('08:00'),
      settings: defaultSettings,
      carePlan: null,
    };
    expect(v.parse(boutSchema, throughJson(bout))).toEqual(bout);
    expect(v.parse(promptSchema, throughJson(prompt))).toEqual(prompt);
    expect(v.parse(painSchema, throughJson(pain))).toEqual(pain);
    expect(v.parse(planSchema, throughJson(plan))).toEqual(plan);
  });
});
