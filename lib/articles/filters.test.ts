import { describe, expect, it } from 'vitest';
import { activeFilterCount, filtersToSearchParams, MAX_REPEATS, parseFilters, withFilters } from './filters';

describe('parseFilters', () => {
  it('reads repeatable pairs and languages, sorting pair codes and the lists', () => {
    const { filters, ignored } = parseFilters(new URLSearchParams('pair=us-pk&pair=IR-PK&lang=vi&lang=ar&lang=fa-AF'));
    expect(filters.pairs).toEqual(['IR-PK', 'PK-US']);
    expect(filters.languages).toEqual(['ar', 'fa-AF', 'vi']);
    expect(ignored).toEqual([]);
  });

  it('drops and reports values that make no sense instead of failing', () => {
    const { filters, ignored } = parseFilters({
      pair: ['PK-PK', 'PAK-US', "'; DROP TABLE article;--"],
      lang: '<script>',
      from: '2024-02-30',
      to: 'yesterday',
      page: '-3',
    });
    expect(filters).toMatchObject({ pairs: [], languages: [], from: null, to: null, page: 1 });
    expect(ignored).toEqual([
      'pair=PK-PK',
      'pair=PAK-US',
      "pair='; DROP TABLE article;--",
      'lang=<script>',
      'from=2024-02-30',
      'to=yesterday',
      'page=-3',
    ]);
  });

  it('swaps a reversed date range and treats empty date inputs as absent', () => {
    expect(parseFilters({ from: '2024-12-31', to: '2024-01-01' }).filters).toMatchObject({ from: '2024-01-01', to: '2024-12-31' });
    expect(parseFilters({ from: '', to: '' })).toMatchObject({ filters: { from: null, to: null }, ignored: [] });
  });

  it('round-trips through the canonical query string', () => {
    const query = 'pair=PK-US&pair=IR-PK&lang=ar&from=2024-01-01&to=2024-06-30&page=3';
    const once = filtersToSearchParams(parseFilters(new URLSearchParams(query)).filters).toString();
    expect(once).toBe('pair=IR-PK&pair=PK-US&lang=ar&from=2024-01-01&to=2024-06-30&page=3');
    expect(filtersToSearchParams(parseFilters(new URLSearchParams(once)).filters).toString()).toBe(once);
  });

  it('goes back to the first page when a filter changes', () => {
    const { filters } = parseFilters({ page: '4' });
    expect(withFilters(filters, { languages: ['vi'] }).page).toBe(1);
    expect(withFilters(filters, { page: 5 }).page).toBe(5);
  });

  it('reads a search and its order; relevance is the default only while searching', () => {
    expect(parseFilters({ q: '  "Hoa Kỳ" -Nga ' }).filters).toMatchObject({ q: '"Hoa Kỳ" -Nga', sort: 'relevance' });
    expect(parseFilters({ q: 'Pakistan', sort: 'date' }).filters.sort).toBe('date');
    expect(parseFilters({ sort: 'relevance' }).filters.sort).toBe('date');
    expect(parseFilters({ q: '' }).filters.q).toBeNull();
    expect(parseFilters({ q: 'x', sort: 'popular' }).ignored).toEqual(['sort=popular']);
    expect(parseFilters({ q: 'x'.repeat(301) }).filters.q).toBeNull();
    expect(filtersToSearchParams(parseFilters({ q: 'a b', sort: 'date' }).filters).toString()).toBe('q=a+b&sort=date');
    expect(filtersToSearchParams(parseFilters({ q: 'a b', sort: 'relevance' }).filters).toString()).toBe('q=a+b');
  });

  it('reads a request for exact counts, which only a search can make', () => {
    expect(parseFilters({ q: 'trade', count: 'exact' }).filters.exactCounts).toBe(true);
    expect(parseFilters({ q: 'trade' }).filters.exactCounts).toBe(false);
    expect(parseFilters({ count: 'exact' })).toMatchObject({ filters: { exactCounts: false }, ignored: ['count=exact'] });
    expect(parseFilters({ q: 'trade', count: 'roughly' })).toMatchObject({ filters: { exactCounts: false }, ignored: ['count=roughly'] });
    const exact = parseFilters({ q: 'trade', count: 'exact', sort: 'date' }).filters;
    expect(filtersToSearchParams(exact).toString()).toBe('q=trade&sort=date&count=exact');
    // Changing a facet keeps the request: the analyst asked for exact numbers in this search.
    expect(withFilters(exact, { languages: ['en'] }).exactCounts).toBe(true);
  });

  it('counts exactly only a search with a word or phrase to find, and names the refused request', () => {
    expect(parseFilters({ q: '-trade', count: 'exact' })).toMatchObject({
      filters: { q: '-trade', exactCounts: false },
      ignored: ['count=exact'],
    });
    expect(parseFilters({ q: '-"trade deal" -visa', count: 'exact' })).toMatchObject({
      filters: { exactCounts: false },
      ignored: ['count=exact'],
    });
    expect(parseFilters({ q: '-- !!', count: 'exact' }).filters.exactCounts).toBe(false);
    expect(parseFilters({ q: 'border -trade', count: 'exact' })).toMatchObject({ filters: { exactCounts: true }, ignored: [] });
    expect(parseFilters({ q: '"border police" -trade', count: 'exact' }).filters.exactCounts).toBe(true);
  });

  it('reads countries and sources, repeatable', () => {
    const { filters, ignored } = parseFilters(new URLSearchParams('country=af&country=PK&country=AFG&source=VOV.VN&source=%20'));
    expect(filters.countries).toEqual(['AF', 'PK']);
    expect(filters.sources).toEqual(['VOV.VN']);
    expect(ignored).toEqual(['country=AFG', 'source= ']);
    expect(filtersToSearchParams(filters).toString()).toBe('country=AF&country=PK&source=VOV.VN');
  });

  it('undated excludes from/to in the canonical form', () => {
    const { filters } = parseFilters({ undated: '1', from: '2024-01-01' });
    expect(filtersToSearchParams(filters).toString()).toBe('undated=1');
  });
});

describe('parameters given more often than allowed', () => {
  it('reads the first values of a list up to the cap, the first of any other parameter, and names them', () => {
    const params = new URLSearchParams();
    for (let i = 0; i < MAX_REPEATS + 30; i++) params.append('source', `Source ${String(i).padStart(3, '0')}`);
    params.append('q', 'trade');
    params.append('q', 'oil');
    params.append('pair', 'PK-US');
    const { filters, ignored, repeated } = parseFilters(params);
    expect(filters.sources).toHaveLength(MAX_REPEATS);
    expect(filters.sources.at(-1)).toBe(`Source ${String(MAX_REPEATS - 1).padStart(3, '0')}`);
    expect(filters.q).toBe('trade');
    expect(filters.pairs).toEqual(['PK-US']);
    expect(repeated).toEqual(['source', 'q']);
    expect(ignored).toEqual([]);
  });

  it('names nothing when every parameter is within its cap', () => {
    const { repeated } = parseFilters({ pair: Array.from({ length: MAX_REPEATS }, () => 'PK-US'), q: 'trade' });
    expect(repeated).toEqual([]);
  });
});

describe('parseFilters: codes and names it does not know', () => {
  it('drops a pair or country whose code names no country, and names it', () => {
    const { filters, ignored } = parseFilters(new URLSearchParams('pair=XX-YY&pair=AF-PK&country=zz&country=ir'));
    expect(filters.pairs).toEqual(['AF-PK']);
    expect(filters.countries).toEqual(['IR']);
    expect(ignored).toEqual(['pair=XX-YY', 'country=zz']);
  });

  it('names parameters it does not read, apart from the ones it dropped', () => {
    expect(parseFilters(new URLSearchParams('foo=bar&q=x&foo=baz')).unknown).toEqual(['foo=bar']);
    expect(parseFilters({ pair: 'AF-PK', Page: '2' }).unknown).toEqual(['Page=2']);
    expect(parseFilters(new URLSearchParams('q=x&page=2&sort=date&after=')).unknown).toEqual([]);
  });
});

describe('activeFilterCount', () => {
  it('counts each chosen value and a date range once, not the search', () => {
    expect(activeFilterCount(parseFilters(new URLSearchParams('q=x')).filters)).toBe(0);
    expect(activeFilterCount(parseFilters(new URLSearchParams('pair=AF-PK&lang=ar&lang=fa&from=2024-01-01&to=2024-02-01')).filters)).toBe(
      4,
    );
    expect(activeFilterCount(parseFilters(new URLSearchParams('undated=1&source=BBC')).filters)).toBe(2);
  });
});
