// The share code (CLINICS.md §2): round trip, forgiving of how a code travels, strict about what it
// holds, and a zip bomb stopped after a small share of its input.
import { describe, expect, it, vi } from 'vitest';
import {
  decodeShareCode,
  encodeShareCode,
  inflateChunkBytes,
  readShareCode,
  shareCodeMaxChars,
} from '../../../core/share-code';
import { accepted, examplePlan, problem as p, planWith } from './care-plan-fixtures';

async function compress(bytes: Uint8Array<ArrayBuffer>, format: CompressionFormat = 'deflate') {
  const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream(format));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
const base64url = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');
const bytesOfCode = (code: string) => new Uint8Array(Buffer.from(code.slice(4), 'base64url'));
const codeOf = async (bytes: Uint8Array<ArrayBuffer>, format?: CompressionFormat) =>
  `HC1.${base64url(await compress(bytes, format))}`;
const utf8 = (text: string) => new TextEncoder().encode(text);
const refused = (key: Parameters<typeof p>[0], ...params: (string | number)[]) => ({
  ok: false,
  problems: [p(key, ...params)],
});

const plan = accepted(examplePlan);
const code = await encodeShareCode(plan);

describe('a share code', () => {
  it('is HC1. and base64url, without padding, of the zlib deflate of the JSON', () => {
    expect(code).toMatch(/^HC1\.[A-Za-z0-9_-]+$/);
    const bytes = bytesOfCode(code);
    // The zlib header: deflate with a 32 KiB window, checked by (CMF × 256 + FLG) % 31 == 0.
    expect(bytes[0]).toBe(0x78);
    expect(((bytes[0] ?? 0) * 256 + (bytes[1] ?? 0)) % 31).toBe(0);
  });

  it('gives back the same plan', async () => {
    expect(await readShareCode(code)).toEqual({ ok: true, plan });
    const decoded = await decodeShareCode(code);
    expect(decoded.ok && JSON.parse(decoded.text)).toEqual(plan);
  });

  it('carries any text, accents and emoji too', async () => {
    const other = accepted(
      planWith(['clinic.name', 'Kinésithérapie Łódź 🦵'], ['note', '見る 👀'.repeat(50)]),
    );
    expect(await readShareCode(await encodeShareCode(other))).toEqual({ ok: true, plan: other });
  });

  it("reads a code made by a clinic's own system from the file's text", async () => {
    const text = JSON.stringify(examplePlan, null, 2);
    expect(await readShareCode(await codeOf(utf8(text)))).toEqual({ ok: true, plan });
  });

  it('is short for the example plan: under 1,000 characters', () => {
    console.log(`The example plan's share code is ${code.length} characters.`);
    expect(code.length).toBeLessThan(1000);
  });
});

describe('pasting', () => {
  const spread = (text: string, gap: string, every: number) =>
    text.replace(new RegExp(`(.{${every}})`, 'g'), `$1${gap}`);

  it.each([
    ['white space around it', `  \n\t${code} \r\n`],
    ['line breaks every 60', spread(code, '\n', 60)],
    ['CRLF every 76', spread(code, '\r\n', 76)],
    ['a space every 3', spread(code, ' ', 3)],
    ['tabs and breaks inside the prefix', `H\tC\n1 .${code.slice(4)}`],
    ['+ and / for - and _', code.replace(/-/g, '+').replace(/_/g, '/')],
    ['one = of padding', `${code}=`],
    ['two = of padding', `${code}==`],
    ['a lower-case prefix', `hc1.${code.slice(4)}`],
    ['a mixed-case prefix', `Hc1.${code.slice(4)}`],
  ])('forgives %s', async (_, pasted) => {
    expect(await readShareCode(pasted)).toEqual({ ok: true, plan });
  });

  it('has - or _ in the example code, so the swap above is tried', () => {
    expect(code).toMatch(/[-_]/);
  });
});

describe('a code refused', () => {
  it.each([
    ['without a prefix', code.slice(4)],
    ['with another version', `HC2.${code.slice(4)}`],
    ['with the prefix later', `x ${code}`],
    ['as a plan file', JSON.stringify(examplePlan)],
    ['empty', ''],
  ])('%s: not a share code', async (_, text) => {
    expect(await decodeShareCode(text)).toEqual(refused('planErrCodePrefix'));
  });

  it.each([
    ['a *', `${code.slice(0, 20)}*${code.slice(20)}`],
    ['a dot', `${code.slice(0, 20)}.${code.slice(20)}`],
    ['an accent', `${code}é`],
    ['padding inside', `${code.slice(0, 20)}=${code.slice(20)}`],
    ['a quote', `${code}"`],
  ])('holding %s: characters a code never has', async (_, text) => {
    expect(await decodeShareCode(text)).toEqual(refused('planErrCodeChars'));
  });

  it('over 6,000 characters, before anything is decoded', async () => {
    const atob = vi.spyOn(globalThis, 'atob');
    const onChunk = vi.fn();
    const long = `HC1.${'A'.repeat(shareCodeMaxChars - 3)}`;
    expect(await decodeShareCode(long, onChunk)).toEqual(refused('planErrCodeTooLong', 6001, 6000));
    expect(await decodeShareCode(`${long}*`, onChunk)).toEqual(
      refused('planErrCodeTooLong', 6002, 6000),
    );
    expect(atob).not.toHaveBeenCalled();
    expect(onChunk).not.toHaveBeenCalled();
  });

  it('counting 6,000 characters without the white space', async () => {
    const body = 'A'.repeat(shareCodeMaxChars - 4);
    const spaced = `HC1.${body.replace(/(.{10})/g, '$1 \n')}`;
    // Decoded, and found to be no deflate stream, rather than refused as too long.
    expect(await decodeShareCode(spaced)).toEqual(refused('planErrCodeDamaged'));
  });

  it('with a bad checksum: damaged or incomplete', async () => {
    const bytes = bytesOfCode(code);
    bytes[bytes.length - 1] = (bytes[bytes.length - 1] ?? 0) ^ 0x01;
    expect(await decodeShareCode(`HC1.${base64url(bytes)}`)).toEqual(refused('planErrCodeDamaged'));
  });

  it.each([
    ['a bad header', (b: Uint8Array) => b.set([0x78, 0x00], 0)],
    ['a block type that does not exist', (b: Uint8Array) => b.set([0xff], 2)],
    ['a byte flipped inside', (b: Uint8Array) => b.set([(b[40] ?? 0) ^ 0xff], 40)],
  ])('with %s: damaged', async (_, corrupt) => {
    const bytes = bytesOfCode(code);
    corrupt(bytes);
    expect(await decodeShareCode(`HC1.${base64url(bytes)}`)).toEqual(refused('planErrCodeDamaged'));
  });

  it.each<CompressionFormat>(['gzip', 'deflate-raw'])(
    'compressed as %s: damaged',
    async (format) => {
      const other = await codeOf(utf8(JSON.stringify(plan)), format);
      expect(await decodeShareCode(other)).toEqual(refused('planErrCodeDamaged'));
    },
  );

  it('cut short anywhere: damaged', async () => {
    const cuts = Array.from({ length: code.length - 4 }, (_, i) => code.slice(0, 4 + i));
    const readings = await Promise.all(cuts.map((cut) => decodeShareCode(cut)));
    readings.forEach((reading, i) => {
      expect(reading, `cut to ${cuts[i]?.length}`).toEqual(refused('planErrCodeDamaged'));
    });
  });

  it('holding text that is not UTF-8: damaged', async () => {
    expect(await readShareCode(await codeOf(new Uint8Array([0x7b, 0xff])))).toEqual(
      refused('planErrCodeDamaged'),
    );
  });

  it('holding something else than a plan: what is wrong with it', async () => {
    expect(await readShareCode(await codeOf(utf8('hello')))).toEqual(refused('planErrNotJson'));
    const unknown = JSON.stringify(planWith(['stretches.1.id', 'pigeon']));
    expect(await readShareCode(await codeOf(utf8(unknown)))).toEqual(
      refused('planErrStretchUnknown', 2, 'pigeon'),
    );
  });
});

describe('what a code may inflate to', () => {
  const padded = (size: number) => {
    const bare = JSON.stringify({ ...plan, padding: '' });
    return utf8(JSON.stringify({ ...plan, padding: ' '.repeat(size - bare.length) }));
  };

  it('is a whole plan file of 65,536 bytes at most', async () => {
    expect((await readShareCode(await codeOf(padded(65_536)))).ok).toBe(true);
    expect(await readShareCode(await codeOf(padded(65_537)))).toEqual(
      refused('planErrCodeTooBig', 65_536),
    );
  });

  it('stops a zip bomb after a small share of it: 2 MB of spaces in a short code', async () => {
    const deflated = await compress(utf8(' '.repeat(2_000_000)));
    const bomb = `HC1.${base64url(deflated)}`;
    expect(bomb.length).toBeLessThan(shareCodeMaxChars);
    const total = Math.ceil(deflated.length / inflateChunkBytes);
    let fed = 0;
    const reading = await decodeShareCode(bomb, () => {
      fed += 1;
    });
    console.log(`A ${bomb.length}-character bomb: ${fed} of its ${total} pieces inflated.`);
    expect(reading).toEqual(refused('planErrCodeTooBig', 65_536));
    expect(fed).toBeGreaterThan(0);
    expect(fed).toBeLessThan(total);
    expect(await readShareCode(bomb)).toEqual(refused('planErrCodeTooBig', 65_536));
  });
});
