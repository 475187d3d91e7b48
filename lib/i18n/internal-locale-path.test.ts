import { describe, expect, it } from 'vitest';
import { internalLocaleOfPath, localeOfPath } from './internal-locale-path';

describe('internalLocaleOfPath', () => {
  it('names the locale of a path in internal form whose public prefix differs', () => {
    expect(internalLocaleOfPath('/fa-AF')).toBe('fa-AF');
    expect(internalLocaleOfPath('/fa-AF/articles/x')).toBe('fa-AF');
  });
  it('leaves public paths to next-intl', () => {
    for (const path of ['/', '/fa', '/fa/admin', '/en', '/vi/articles/x', '/ar', '/fa-AFX', '/en/fa-AF'])
      expect(internalLocaleOfPath(path), path).toBeNull();
  });
});

describe('localeOfPath (the 503 page language)', () => {
  it('reads the public prefix, Dari at /fa, English otherwise', () => {
    expect(localeOfPath('/fa/articles/x')).toBe('fa-AF');
    expect(localeOfPath('/fa-AF/missing')).toBe('fa-AF');
    expect(localeOfPath('/ar')).toBe('ar');
    expect(localeOfPath('/vi/articles/x')).toBe('vi');
    expect(localeOfPath('/')).toBe('en');
    expect(localeOfPath('/api/articles')).toBe('en');
  });
});
