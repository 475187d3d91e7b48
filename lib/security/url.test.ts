import { describe, expect, it } from 'vitest';
import { hasMalformedPercentEncoding } from './url';

describe('malformed percent-encoding in a path', () => {
  it('is found: bad hex digits, a UTF-8 sequence cut short, a lone percent sign', () => {
    expect(hasMalformedPercentEncoding('/en/%E0%A4%A')).toBe(true);
    expect(hasMalformedPercentEncoding('/%ZZ')).toBe(true);
    expect(hasMalformedPercentEncoding('/en/articles/abc/%E0')).toBe(true);
    expect(hasMalformedPercentEncoding('/en/100%')).toBe(true);
  });

  it('is not found in what browsers send: encoded UTF-8 and encoded percent signs', () => {
    expect(hasMalformedPercentEncoding('/fa/articles/abc/%D8%A7%D9%81%D8%BA%D8%A7%D9%86')).toBe(false);
    expect(hasMalformedPercentEncoding('/en/articles/abc/ti%E1%BA%BFng-vi%E1%BB%87t')).toBe(false);
    expect(hasMalformedPercentEncoding('/en/%25')).toBe(false);
    expect(hasMalformedPercentEncoding('/en')).toBe(false);
  });
});

describe('malformed percent-encoding in a query string', () => {
  it('is found in any name or value', () => {
    expect(hasMalformedPercentEncoding('?q=%E0%A4')).toBe(true);
    expect(hasMalformedPercentEncoding('?pair=PK-US&q=%ZZ')).toBe(true);
    expect(hasMalformedPercentEncoding('?%E0=1')).toBe(true);
    expect(hasMalformedPercentEncoding('?q=100%')).toBe(true);
  });

  it('is not found in encoded text, plus signs, empty values or no query', () => {
    expect(hasMalformedPercentEncoding('?q=%D8%A7%D9%85%D9%86%DB%8C%D8%AA&lang=fa-AF')).toBe(false);
    expect(hasMalformedPercentEncoding('?q=Da+Nang&sort=date')).toBe(false);
    expect(hasMalformedPercentEncoding('?q=%25+off&q2=&flag')).toBe(false);
    expect(hasMalformedPercentEncoding('')).toBe(false);
    expect(hasMalformedPercentEncoding('?')).toBe(false);
  });
});
