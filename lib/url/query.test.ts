import { describe, expect, it } from 'vitest';
import { searchParamsToQuery } from './query';

describe('searchParamsToQuery', () => {
  it('keeps single values as strings and repeated ones as arrays, in order', () => {
    expect(searchParamsToQuery(new URLSearchParams('pair=IR-PK&lang=ar&pair=PK-US'))).toEqual({ pair: ['IR-PK', 'PK-US'], lang: 'ar' });
    expect(searchParamsToQuery(new URLSearchParams(''))).toEqual({});
  });
});
