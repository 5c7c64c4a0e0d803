// The French locale against the English one: same keys, same placeholders, nothing left untranslated.
import { describe, expect, it } from 'vitest';
import enMessages from '../../public/_locales/en/messages.json';
import frMessages from '../../public/_locales/fr/messages.json';

interface LocaleEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
type Locale = Record<string, LocaleEntry>;

const en = enMessages as Locale;
const fr = frMessages as Locale;

/** Strings that read the same in French: the product name and words French borrows as they are. */
const sameInBoth = new Set(['Hip Check', 'OK', 'Pause', 'Stop', 'Options', 'Notification']);

/** NBSP and narrow NBSP (French spacing before ":" or "?") must not hide an untranslated string. */
const normalize = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ').trim();

/** Only placeholders, numbers and unit symbols, such as "$MINUTES$ min": the same in both languages. */
const isOnlyNumbersAndUnits = (text: string) =>
  normalize(text)
    .replace(/\$[a-z0-9_@]+\$/gi, '')
    .replace(/\b(\d+|min|s|h)\b/g, '')
    .replace(/[\s.,:·]/g, '') === '';

/** The $NAME$ markers (case-insensitive in Chrome) and direct $1–$9 substitutions a message uses. */
function markers(message: string): string[] {
  const named = [...message.matchAll(/\$([a-z0-9_@]+)\$/gi)].map((m) => `$${m[1]?.toLowerCase()}$`);
  const rest = message.replace(/\$([a-z0-9_@]+)\$/gi, '').replace(/\$\$/g, '');
  const direct = [...rest.matchAll(/\$([1-9])/g)].map((m) => `$${m[1]}`);
  return [...new Set([...named, ...direct])].sort();
}

/** The placeholders object as name → content, names lowercased as Chrome matches them. */
function placeholders(entry: LocaleEntry): Record<string, string> {
  return Object.fromEntries(
    Object.entries(entry.placeholders ?? {}).map(([name, value]) => [
      name.toLowerCase(),
      value.content,
    ]),
  );
}

const enKeys = Object.keys(en);
const frKeys = Object.keys(fr);

describe('French locale', () => {
  it('has every English key', () => {
    expect(enKeys.filter((key) => !(key in fr))).toEqual([]);
  });

  it('has no key the English file lacks', () => {
    expect(frKeys.filter((key) => !(key in en))).toEqual([]);
  });

  it('has no empty message, in either language', () => {
    const empty = [
      ...enKeys.filter((key) => !en[key]?.message.trim()).map((key) => `en:${key}`),
      ...frKeys.filter((key) => !fr[key]?.message.trim()).map((key) => `fr:${key}`),
    ];
    expect(empty).toEqual([]);
  });

  it.each(enKeys.filter((key) => key in fr))('keeps the placeholders of %s', (key) => {
    const source = en[key] as LocaleEntry;
    const target = fr[key] as LocaleEntry;
    expect(markers(target.message)).toEqual(markers(source.message));
    expect(placeholders(target)).toEqual(placeholders(source));
  });

  it('defines every named placeholder it uses, and uses every one it defines', () => {
    const mismatched = frKeys.filter((key) => {
      const entry = fr[key] as LocaleEntry;
      const used = markers(entry.message).filter((marker) => !/^\$\d$/.test(marker));
      const defined = Object.keys(placeholders(entry))
        .map((name) => `$${name}$`)
        .sort();
      return JSON.stringify(used) !== JSON.stringify(defined);
    });
    expect(mismatched).toEqual([]);
  });

  it('translates every message, apart from a short list of words French uses as they are', () => {
    const untranslated = enKeys.filter((key) => {
      const source = normalize(en[key]?.message ?? '');
      const target = normalize(fr[key]?.message ?? '');
      return target === source && !sameInBoth.has(source) && !isOnlyNumbersAndUnits(source);
    });
    expect(untranslated).toEqual([]);
  });

  it('keeps the product name', () => {
    expect(en.extName?.message).toBe('Hip Check');
    expect(fr.extName?.message).toBe('Hip Check');
  });

  it('keeps the description within the 132 characters the stores allow', () => {
    expect(fr.extDescription?.message.length).toBeLessThanOrEqual(132);
  });

  it('speaks to the user as "vous", never "tu"', () => {
    const informal = /(?<!\p{L})(tu|toi|ton|ta|tes|te)(?!\p{L})/iu;
    expect(frKeys.filter((key) => informal.test(fr[key]?.message ?? ''))).toEqual([]);
  });
});
