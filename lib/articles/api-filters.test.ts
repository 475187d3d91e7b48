import { describe, expect, it } from 'vitest';
import { parseApiFilters } from './api-filters';

describe('parseApiFilters', () => {
  it('accepts what the reading room accepts', () => {
    const parsed = parseApiFilters(new URLSearchParams('pair=US-PK&lang=ar&country=AF&q=taliban&sort=date&page=2'));
    expect(parsed).toMatchObject({ filters: { pairs: ['PK-US'], languages: ['ar'], countries: ['AF'], q: 'taliban', sort: 'date', page: 2 } });
  });

  it('rejects unknown parameters and bad values with a sentence saying what was wrong', () => {
    expect(parseApiFilters(new URLSearchParams('pairs=PK-US'))).toEqual({ error: expect.stringMatching(/^Unknown parameter: pairs\. Known: q, pair/) });
    expect(parseApiFilters(new URLSearchParams("pair=PK-US'--&from=yesterday"))).toEqual({ error: expect.stringMatching(/^Invalid values: pair=PK-US'--, from=yesterday\./) });
  });
});
