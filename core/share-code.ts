// The share code (CLINICS.md §2, docs/care-plans.md): "HC1." and base64url of the zlib deflate of
// the plan's UTF-8 JSON. Reading is forgiving of how a code travels, and strict about its size.
import {
  type CarePlan,
  carePlanMaxBytes,
  type PlanProblem,
  type PlanReading,
  readCarePlanText,
} from './care-plan';

export const shareCodePrefix = 'HC1.';
/** Counted without white space: a longer code is refused before anything is decoded. */
export const shareCodeMaxChars = 6000;
/** The deflated bytes go to the decompressor in pieces this small, so a bomb stops near the cap. */
export const inflateChunkBytes = 256;

export async function encodeShareCode(plan: CarePlan): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(plan));
  const deflated = await collect(
    new Blob([json]).stream().pipeThrough(new CompressionStream('deflate')),
  );
  return shareCodePrefix + toBase64Url(deflated);
}

export type DecodedCode = { ok: true; text: string } | { ok: false; problems: PlanProblem[] };

const refuse = (key: PlanProblem['key'], ...params: (string | number)[]): DecodedCode => ({
  ok: false,
  problems: [{ key, params }],
});

/** The plan's text from a code; `onChunk` lets a test count how much was fed to the inflater. */
export async function decodeShareCode(code: string, onChunk?: () => void): Promise<DecodedCode> {
  const compact = code.replace(/\s+/g, '');
  if (!compact.toUpperCase().startsWith(shareCodePrefix)) return refuse('planErrCodePrefix');
  if (compact.length > shareCodeMaxChars) {
    return refuse('planErrCodeTooLong', compact.length, shareCodeMaxChars);
  }
  const body = compact
    .slice(shareCodePrefix.length)
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
  if (!/^[A-Za-z0-9_-]*$/.test(body)) return refuse('planErrCodeChars');
  // No base64 text has a length of 4n + 1: a code cut short, most likely.
  if (body.length === 0 || body.length % 4 === 1) return refuse('planErrCodeDamaged');
  const bytes = fromBase64Url(body);
  const inflated = await inflateCapped(bytes, carePlanMaxBytes, onChunk);
  if (inflated === 'tooBig') return refuse('planErrCodeTooBig', carePlanMaxBytes);
  if (inflated === 'damaged') return refuse('planErrCodeDamaged');
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(inflated) };
  } catch {
    return refuse('planErrCodeDamaged');
  }
}

export async function readShareCode(code: string): Promise<PlanReading> {
  const decoded = await decodeShareCode(code);
  return decoded.ok ? readCarePlanText(decoded.text) : decoded;
}

/**
 * Inflates at most `cap` bytes: the input is fed a small piece at a time, the next piece only once
 * the inflater has gone quiet on the last one (no new output for a turn of the event loop: an
 * inflater may take what it is given at once, as Node's does, so its appetite says nothing), and
 * once the output passes the cap both sides are cancelled, so the rest is never fed or inflated.
 */
async function inflateCapped(
  bytes: Uint8Array,
  cap: number,
  onChunk?: () => void,
): Promise<Uint8Array | 'tooBig' | 'damaged'> {
  let offset = 0;
  let outputs = 0;
  let stopped = false;
  const quiet = async () => {
    for (let seen = -1; seen !== outputs && !stopped; ) {
      seen = outputs;
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  };
  const source = new ReadableStream<Uint8Array<ArrayBuffer>>(
    {
      async pull(controller) {
        if (offset > 0) await quiet();
        if (stopped) return;
        if (offset >= bytes.length) return controller.close();
        onChunk?.();
        controller.enqueue(bytes.slice(offset, offset + inflateChunkBytes));
        offset += inflateChunkBytes;
      },
      cancel() {
        stopped = true;
      },
    },
    { highWaterMark: 0 },
  );
  const reader = source.pipeThrough(new DecompressionStream('deflate')).getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      outputs += 1;
      total += value.length;
      if (total > cap) {
        stopped = true;
        await reader.cancel().catch(() => undefined);
        return 'tooBig';
      }
      chunks.push(value);
    }
  } catch {
    stopped = true;
    return 'damaged';
  }
  return concat(chunks, total);
}

async function collect(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return concat(chunks, total);
    chunks.push(value);
    total += value.length;
  }
}

function concat(chunks: Uint8Array[], total: number): Uint8Array {
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}
