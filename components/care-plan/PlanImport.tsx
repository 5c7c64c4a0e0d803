// Three ways in for a plan: choose its file, drop it on the page, or paste its share code.
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  type CarePlan,
  carePlanMaxBytes,
  readCarePlanBytes,
  readCarePlanText,
} from '../../core/care-plan';
import { decodeShareCode } from '../../core/share-code';
import { type MessageKey, t } from '../i18n';

/** One sentence of a refusal: a plan's problem (core/care-plan.ts) or one the page finds itself. */
export interface Problem {
  key: MessageKey;
  params: (string | number)[];
}

/** A plan read and checked, with the text that was checked (what gets stored), or its problems. */
export type PlanRead =
  | { ok: true; plan: CarePlan; text: string }
  | { ok: false; problems: Problem[] };

/** Reads a file without holding more than the cap: a huge file is refused by its size alone. */
export async function readPlanFile(file: Blob): Promise<PlanRead> {
  // The cap plus one byte is enough for the checks to say "too big" without reading the rest.
  const bytes = new Uint8Array(await file.slice(0, maxBytesRead).arrayBuffer());
  const reading = readCarePlanBytes(bytes);
  return reading.ok ? { ...reading, text: new TextDecoder().decode(bytes) } : reading;
}

const maxBytesRead = carePlanMaxBytes + 1;

/** A pasted share code, or (for a clinic testing its file) the plan's JSON pasted as it is. */
export async function readPlanPaste(pasted: string): Promise<PlanRead> {
  if (pasted.trimStart().startsWith('{')) {
    const reading = readCarePlanText(pasted);
    return reading.ok ? { ...reading, text: pasted } : reading;
  }
  const decoded = await decodeShareCode(pasted);
  if (!decoded.ok) return decoded;
  const reading = readCarePlanText(decoded.text);
  return reading.ok ? { ...reading, text: decoded.text } : reading;
}

export function PlanImport({ onRead, busy }: { onRead: (read: PlanRead) => void; busy: boolean }) {
  const [code, setCode] = useState('');
  const [over, setOver] = useState(false);

  const take = async (file: File | undefined) => {
    if (file) onRead(await readPlanFile(file).catch(() => unreadable));
  };

  // Dropping a file on the zone reads it; one dropped beside it must not open in the tab instead.
  const zone = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const stop = (e: DragEvent) => e.preventDefault();
    const enter = (e: DragEvent) => {
      e.preventDefault();
      setOver(true);
    };
    const leave = () => setOver(false);
    const drop = (e: DragEvent) => {
      e.preventDefault();
      setOver(false);
      void take(e.dataTransfer?.files[0]);
    };
    const target = zone.current;
    target?.addEventListener('dragover', enter);
    target?.addEventListener('dragleave', leave);
    target?.addEventListener('drop', drop);
    window.addEventListener('dragover', stop);
    window.addEventListener('drop', stop);
    return () => {
      target?.removeEventListener('dragover', enter);
      target?.removeEventListener('dragleave', leave);
      target?.removeEventListener('drop', drop);
      window.removeEventListener('dragover', stop);
      window.removeEventListener('drop', stop);
    };
  });

  return (
    <section aria-labelledby="plan-import-heading">
      <h2 id="plan-import-heading">{t('carePlanImportHeading')}</h2>
      <div ref={zone} class={over ? 'drop-zone over' : 'drop-zone'} data-drop="plan">
        <label for="plan-file">{t('carePlanChooseFile')}</label>
        <input
          id="plan-file"
          type="file"
          accept=".json,application/json"
          disabled={busy}
          onChange={(e) => {
            const input = e.currentTarget;
            const file = input.files?.[0];
            // Cleared, so the same file can be chosen again after it was fixed.
            input.value = '';
            void take(file);
          }}
        />
        <p class="quiet">{t('carePlanDropHint')}</p>
      </div>
      <form
        class="field plan-code"
        onSubmit={(e) => {
          e.preventDefault();
          if (code.trim() === '') return;
          void readPlanPaste(code).then(
            (read) => {
              // A code read is in the preview now; a refused one stays, to be looked at.
              if (read.ok) setCode('');
              onRead(read);
            },
            () => onRead(unreadable),
          );
        }}
      >
        <label for="plan-code">{t('carePlanCodeLabel')}</label>
        <textarea
          id="plan-code"
          rows={3}
          spellcheck={false}
          autocomplete="off"
          value={code}
          onInput={(e) => setCode(e.currentTarget.value)}
        />
        <button type="submit" disabled={busy || code.trim() === ''}>
          {t('carePlanReadCode')}
        </button>
      </form>
    </section>
  );
}

const unreadable: PlanRead = {
  ok: false,
  problems: [{ key: 'carePlanFileUnreadable', params: [] }],
};
