import { describe, expect, it } from 'vitest';
import { EXACT_COUNT_NEEDS_A_WORD, parseApiFilters } from './api-filters';

describe('parseApiFilters', () => {
  it('accepts what the reading room accepts', () => {
    const parsed = parseApiFilters(new URLSearchParams('pair=US-PK&lang=ar&country=AF&q=taliban&sort=date&page=2'));
    expect(parsed).toMatchObject({
      filters: { pairs: ['PK-US'], languages: ['ar'], countries: ['AF'], q: 'taliban', sort: 'date', page: 2 },
    });
  });

  it('rejects unknown parameters and bad values with a sentence saying what was wrong', () => {
    expect(parseApiFilters(new URLSearchParams('pairs=PK-US'))).toEqual({
      error: expect.stringMatching(/^Unknown parameter: pairs\. Known: q, pair/),
    });
    expect(parseApiFilters(new URLSearchParams("pair=PK-US'--&from=yesterday"))).toEqual({
      error: expect.stringMatching(/^Invalid values: pair=PK-US'--, from=yesterday\./),
    });
  });
});

describe('parseApiFilters: exact counts', () => {
  it('refuses count=exact for a search made only of exclusions, with a sentence saying how to fix it', () => {
    expect(parseApiFilters(new URLSearchParams('q=-trade&count=exact'))).toEqual({ error: EXACT_COUNT_NEEDS_A_WORD });
    expect(EXACT_COUNT_NEEDS_A_WORD).toMatch(/at least one word.*Add a word to q, or leave out count=exact\.$/);
    expect(parseApiFilters(new URLSearchParams('q=border+-trade&count=exact'))).toMatchObject({ filters: { exactCounts: true } });
    expect(parseApiFilters(new URLSearchParams('q=-trade'))).toMatchObject({ filters: { q: '-trade', exactCounts: false } });
  });

  it('keeps the general sentence when count=exact comes without any search or with other bad values', () => {
    expect(parseApiFilters(new URLSearchParams('count=exact'))).toEqual({ error: expect.stringMatching(/^Invalid value: count=exact\./) });
    expect(parseApiFilters(new URLSearchParams('q=-trade&count=exact&pair=XX'))).toEqual({
      error: expect.stringMatching(/^Invalid values: pair=XX, count=exact\./),
    });
  });
});

describe('parseApiFilters: the query schema', () => {
  it('refuses a single-valued parameter given twice and over-long values, naming the parameter', () => {
    expect(parseApiFilters(new URLSearchParams('q=a&q=b'))).toEqual({ error: 'Invalid parameter q: given more than once.' });
    expect(parseApiFilters(new URLSearchParams(`source=${'x'.repeat(201)}`))).toEqual({
      error: 'Invalid parameter source: longer than 200 characters.',
    });
    expect(parseApiFilters(new URLSearchParams(`pair=${'PK-US&pair='.repeat(51)}PK-US`))).toEqual({
      error: 'Invalid parameter pair: given more than 50 times.',
    });
  });

  it('names every unknown parameter, including ones that look like prototype keys', () => {
    expect(parseApiFilters(new URLSearchParams('__proto__=1&constructor=x'))).toEqual({
      error: expect.stringMatching(/^Unknown parameters: __proto__, constructor\./),
    });
  });
});
