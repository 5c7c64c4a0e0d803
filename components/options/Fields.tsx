// Labelled form fields for settings, each with its hint and its validation message beside it.
import type { ComponentChildren } from 'preact';
import {
  type NumberSetting,
  numberRanges,
  type Settings,
  type SettingsError,
} from '../../core/settings';
import { t } from '../i18n';

export type FieldErrors = Partial<Record<string, SettingsError>>;
/** A new value, or one worked out from the latest draft's, so quick changes don't undo each other. */
export type SetSetting = <K extends keyof Settings>(
  key: K,
  value: Settings[K] | ((old: Settings[K]) => Settings[K]),
) => void;

/** What every section of the form is given. */
export interface SectionProps {
  draft: Settings;
  errors: FieldErrors;
  set: SetSetting;
}

/** Element ids from a settings path: `schedule.endMinute` → `setting-schedule-endMinute`. */
export function fieldId(path: string): string {
  return `setting-${path.replaceAll('.', '-')}`;
}

/** The keys are checked against the locale by the compiler: SettingsErrorKey ⊂ MessageKey. */
export function errorText(error: SettingsError | undefined): string {
  return error ? t(error.key, ...error.params) : '';
}

/** Always in the page, so screen readers announce a message the moment it appears. */
export function FieldMessage({ id, error }: { id: string; error: SettingsError | undefined }) {
  return (
    <p id={id} class="field-error" aria-live="polite">
      {errorText(error)}
    </p>
  );
}

/** The attributes that tie a control to its hint and its message. */
export function describedBy(id: string, error: SettingsError | undefined, hint = true) {
  return {
    'aria-invalid': error ? ('true' as const) : undefined,
    'aria-describedby': hint ? `${id}-hint ${id}-error` : `${id}-error`,
  };
}

interface NumberFieldProps {
  name: NumberSetting;
  label: string;
  hint: string;
  value: number;
  error: SettingsError | undefined;
  onValue: (value: number) => void;
  /** The arrows' increment; 1 unless a page suggests rounder numbers. */
  step?: number;
}

/** An empty or unreadable entry becomes NaN, which validation turns into the field's message. */
export function NumberField(props: NumberFieldProps) {
  const { name, label, hint, value, error, onValue, step = 1 } = props;
  const id = fieldId(name);
  const { min, max } = numberRanges[name];
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        step={step}
        value={Number.isNaN(value) ? '' : String(value)}
        onInput={(e) => {
          const raw = e.currentTarget.value.trim();
          onValue(raw === '' ? Number.NaN : Number(raw));
        }}
        {...describedBy(id, error)}
      />
      <p id={`${id}-hint`} class="hint">
        {hint}
      </p>
      <FieldMessage id={`${id}-error`} error={error} />
    </div>
  );
}

interface CheckFieldProps {
  id: string;
  label: ComponentChildren;
  hint?: string;
  checked: boolean;
  onChecked: (checked: boolean) => void;
}

export function CheckField({ id, label, hint, checked, onChecked }: CheckFieldProps) {
  return (
    <div class="check">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(e) => onChecked(e.currentTarget.checked)}
      />
      <label for={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} class="hint">
          {hint}
        </p>
      )}
    </div>
  );
}

interface RadioGroupProps<T extends string | number> {
  name: string;
  legend: string;
  choices: { value: T; label: string }[];
  value: T;
  onValue: (value: T) => void;
}

export function RadioGroup<T extends string | number>(props: RadioGroupProps<T>) {
  const { name, legend, choices, value, onValue } = props;
  return (
    <fieldset class="choices">
      <legend>{legend}</legend>
      {choices.map((choice) => (
        <label class="choice" key={String(choice.value)}>
          <input
            type="radio"
            name={name}
            value={String(choice.value)}
            checked={choice.value === value}
            onChange={() => onValue(choice.value)}
          />
          {choice.label}
        </label>
      ))}
    </fieldset>
  );
}
