// A validation message beside its field, in the user's language; the field points here with aria-describedby.
import { t } from '../../components/i18n';
import type { SettingsError } from '../../core/settings';

export function FieldError({ id, error }: { id: string; error: SettingsError | undefined }) {
  if (!error) return null;
  return (
    <p id={id} class="field-error">
      {t(error.key, ...error.params)}
    </p>
  );
}

/** Props that tie an input to its message and mark it invalid while it has one. */
export function invalidProps(errorId: string, error: SettingsError | undefined, hintId?: string) {
  const describedBy = [hintId, error ? errorId : undefined].filter(Boolean).join(' ');
  return {
    'aria-invalid': error ? ('true' as const) : undefined,
    'aria-describedby': describedBy || undefined,
  };
}
