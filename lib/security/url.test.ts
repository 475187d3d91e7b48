import { describe, expect, it } from 'vitest';
import { hasMalformedPercentEncoding } from './url';

describe('malformed percent-encoding', () => {
  it('is found in a path or in any query name or value', () => {
    expect(hasMalformedPercentEncoding('/en/%E0%A4%A', '')).toBe(true);
    expect(hasMalformedPercentEncoding('/%ZZ', '')).toBe(true);
    expect(hasMalformedPercentEncoding('/en', '?q=%E0')).toBe(true);
    expect(hasMalformedPercentEncoding('/api/articles', '?pair=PK-US&q%ZZ=1')).toBe(true);
    expect(hasMalformedPercentEncoding('/en', '?q=100%')).toBe(true);
  });

  it('accepts what browsers send: encoded UTF-8, plus signs, empty values, bare names', () => {
    expect(hasMalformedPercentEncoding('/fa/articles/abc/%D8%A7%D9%81%D8%BA%D8%A7%D9%86', '')).toBe(false);
    expect(hasMalformedPercentEncoding('/en', '?q=%22Ti%E1%BA%BFng+Vi%E1%BB%87t%22&pair=PK-US&undated=&x')).toBe(false);
    expect(hasMalformedPercentEncoding('/en', '')).toBe(false);
    expect(hasMalformedPercentEncoding('/en', '?q=%25')).toBe(false);
  });
});
