import { describe, expect, it } from 'vitest';
import { readingChoice, readingQuery } from './view';

describe('readingChoice', () => {
  it('shows the original when there is no translation, whatever the link asks', () => {
    expect(readingChoice({ view: 'both', tl: 'en' }, [])).toEqual({ view: 'original', language: null });
  });
  it('takes the view and the translation the link names, case-insensitively', () => {
    expect(readingChoice({ view: 'both', tl: 'FA-af' }, ['en', 'fa-AF'])).toEqual({ view: 'both', language: 'fa-AF' });
    expect(readingChoice({ view: ['translation', 'both'] }, ['en'])).toEqual({ view: 'translation', language: 'en' });
  });
  it('falls back to the original view and the first translation for values it does not know', () => {
    expect(readingChoice({ view: 'sideways', tl: 'de' }, ['en', 'fr'])).toEqual({ view: 'original', language: 'en' });
  });
});

describe('readingQuery', () => {
  it('names the translation only when there is a choice, and keeps what it carries', () => {
    expect(readingQuery({ view: 'both', language: 'en' }, { q: 'border', passage: '2' }, ['en'])).toEqual({
      q: 'border',
      passage: '2',
      view: 'both',
    });
    expect(readingQuery({ view: 'translation', language: 'fr' }, {}, ['en', 'fr'])).toEqual({ view: 'translation', tl: 'fr' });
    expect(readingQuery({ view: 'original', language: 'fr' }, {}, ['en', 'fr'])).toEqual({});
  });
});
