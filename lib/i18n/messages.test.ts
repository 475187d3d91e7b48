import fs from 'node:fs';
import path from 'node:path';
import { describe, it, expect } from 'vitest';
import { createTranslator } from 'use-intl';

type Messages = { [key: string]: string | Messages };

const DIR = path.resolve(__dirname, '../../messages');
const TRANSLATIONS = ['vi', 'fa-AF', 'ar'] as const;

function load(locale: string): Messages {
  return JSON.parse(fs.readFileSync(path.join(DIR, `${locale}.json`), 'utf8')) as Messages;
}

/** Every leaf as `Namespace.key.sub` → message. */
function flatten(messages: Messages, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(messages)) {
    const full = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(full, value);
    else for (const [k, v] of flatten(value, full)) out.set(k, v);
  }
  return out;
}

/**
 * Names of the top-level ICU arguments (`{name}` or `{name, plural, …}`); the branches of
 * plural/select arguments are skipped, so only the argument name is compared.
 */
function placeholders(message: string): string[] {
  const names = new Set<string>();
  let depth = 0;
  for (let i = 0; i < message.length; i++) {
    const c = message[i];
    if (c === '{') {
      if (depth === 0) {
        const match = /^\{\s*([^\s,{}]+)\s*[,}]/.exec(message.slice(i));
        if (match) names.add(match[1]!);
      }
      depth++;
    } else if (c === '}') {
      depth--;
    }
  }
  return [...names].sort();
}

/** Rich-text tags such as `<code>` / `</code>`, anywhere in the message. */
function tags(message: string): string[] {
  return [...message.matchAll(/<\/?([A-Za-z][\w-]*)\s*\/?>/g)].map((m) => m[0].replace(/\s/g, '')).sort();
}

/** Strings that may legitimately stay as in English: a checksum name, a bare argument, and the approximate-count mark (a symbol). */
const SAME_AS_ENGLISH = new Set(['Article.sha256', 'Article.calendars.other', 'Facets.approximateCount']);

const en = flatten(load('en'));

describe.each(TRANSLATIONS)('messages/%s.json', (locale) => {
  const raw = fs.readFileSync(path.join(DIR, `${locale}.json`), 'utf8');
  const messages = load(locale);
  const flat = flatten(messages);

  it('is NFC-normalised JSON', () => {
    expect(raw.normalize('NFC')).toBe(raw);
  });

  it('has exactly the same keys as en.json', () => {
    expect([...flat.keys()].sort()).toEqual([...en.keys()].sort());
  });

  it('keeps every placeholder and tag of the English message', () => {
    for (const [key, source] of en) {
      const translated = flat.get(key);
      if (translated === undefined) continue; // reported by the key test
      expect(placeholders(translated), `${locale} ${key} placeholders`).toEqual(placeholders(source));
      expect(tags(translated), `${locale} ${key} tags`).toEqual(tags(source));
    }
  });

  it('translates every message', () => {
    for (const [key, source] of en) {
      if (SAME_AS_ENGLISH.has(key)) continue;
      expect(flat.get(key), `${locale} ${key}`).not.toBe(source);
    }
  });

  it('formats every message without ICU errors', () => {
    const errors: string[] = [];
    const t = createTranslator({ locale, messages, onError: (error) => errors.push(error.message) });
    const values = {
      count: 0,
      page: 1,
      params: 'x',
      number: 3,
      url: 'https://example.org',
      name: 'coptic',
      period: '2024',
      unit: 'year',
      days: 14,
      pair: 'x',
      start: 1,
      end: 2,
      value: 'x',
      ids: 'x',
      where: 'x',
      max: 3,
      language: 'x',
      languages: 'x',
      original: 'x',
      kb: 900,
      paragraph: 1,
      previous: 1,
    };
    for (const [key, message] of flat) {
      // Each message gets a value for every argument it names and a function for every tag, so an
      // argument and a tag may share a name across messages (`{code}` here, `<code>` there).
      const named = Object.fromEntries(
        [...message.matchAll(/\{\s*([a-zA-Z]+)/g)].map(([, name]) => [name, values[name as keyof typeof values] ?? 'x']),
      );
      const tags = Object.fromEntries([...message.matchAll(/<([a-zA-Z]+)>/g)].map(([, name]) => [name, (chunks: string) => chunks]));
      for (const count of [0, 1, 2, 3, 11, 100, 101]) {
        // Keys are dynamic here, so the typed signatures cannot be checked.
        const output = (t.markup as (k: string, v: object) => string)(key, { ...named, count, ...tags });
        expect(output, `${locale} ${key}`).not.toMatch(/[{}<>]/);
      }
    }
    expect(errors).toEqual([]);
  });

  it('uses a branch for every CLDR plural category', () => {
    // Arabic needs all six CLDR forms. Vietnamese has only `other`; Persian's CLDR `one` (0 and 1)
    // takes the same noun form as `other` ("۱ مقاله", "۵ مقاله"), so `other` alone is used there.
    const categories = locale === 'ar' ? new Intl.PluralRules(locale).resolvedOptions().pluralCategories : ['other'];
    for (const [key, message] of flat) {
      if (!/\{\s*count\s*,\s*plural\s*,/.test(message)) continue;
      for (const category of categories) {
        const exact = category === 'zero' && /=0\s*\{/.test(message);
        expect(exact || new RegExp(`[\\s,]${category}\\s*\\{`).test(message), `${locale} ${key} lacks "${category}"`).toBe(true);
      }
    }
  });
});
