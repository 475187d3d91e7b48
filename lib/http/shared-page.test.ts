import { describe, expect, it } from 'vitest';
import { etagMatches, isSharedPageRequest, pageEtag } from './shared-page';

const request = (pathname: string, headers: Record<string, string> = {}, method = 'GET') => ({
  method,
  pathname,
  headers: new Headers(headers),
});

describe('isSharedPageRequest', () => {
  it('shares the public pages of every language, public and internal forms', () => {
    for (const path of ['/en', '/vi/compare', '/fa', '/fa-AF/articles/abc', '/ar/facets/pair']) {
      expect(isSharedPageRequest(request(path)), path).toBe(true);
    }
    expect(isSharedPageRequest(request('/en', {}, 'HEAD'))).toBe(true);
    expect(isSharedPageRequest(request('/en', { 'sec-fetch-dest': 'document', cookie: 'NEXT_LOCALE=vi; theme=x' }))).toBe(true);
  });

  it('keeps admin pages, the not-found page, other paths and other methods private', () => {
    for (const path of ['/en/admin', '/ar/admin/articles', '/en/missing', '/', '/api/articles', '/de', '/favicon.ico']) {
      expect(isSharedPageRequest(request(path)), path).toBe(false);
    }
    expect(isSharedPageRequest(request('/en', {}, 'POST'))).toBe(false);
  });

  it('keeps what a signed-in admin or a browser reading its own writes asks for private', () => {
    for (const cookie of ['rr_session=a', '__Host-rr_session=a', 'NEXT_LOCALE=en; rr-read-primary=1']) {
      expect(isSharedPageRequest(request('/en', { cookie })), cookie).toBe(false);
    }
    // A cookie whose name only contains the session's is someone else's.
    expect(isSharedPageRequest(request('/en', { cookie: 'not_rr_session=a' }))).toBe(true);
  });

  it("keeps the router's fetches and actions private", () => {
    expect(isSharedPageRequest(request('/en', { 'sec-fetch-dest': 'empty' }))).toBe(false);
    expect(isSharedPageRequest(request('/en', { 'next-action': 'abc' }))).toBe(false);
  });
});

describe('pageEtag', () => {
  const base = { version: '16384:7', build: 'b1', pathname: '/en', search: '' };

  it('is a weak tag that changes with the version, the build, the address and the language', () => {
    const tag = pageEtag(base);
    expect(tag).toMatch(/^W\/"[A-Za-z0-9_-]{32}"$/);
    expect(pageEtag(base)).toBe(tag);
    const others = [
      { ...base, version: '16384:8' },
      { ...base, build: 'b2' },
      { ...base, search: '?pair=PK-US' },
      { ...base, pathname: '/vi' },
      { ...base, pathname: '/en/compare' },
    ].map(pageEtag);
    expect(new Set([tag, ...others]).size).toBe(others.length + 1);
  });

  it('gives the public and the internal form of a Dari address one tag', () => {
    expect(pageEtag({ ...base, pathname: '/fa/articles/x' })).toBe(pageEtag({ ...base, pathname: '/fa-AF/articles/x' }));
  });
});

describe('etagMatches', () => {
  const tag = 'W/"abc"';
  it('compares weakly, in a list, and takes *', () => {
    expect(etagMatches('W/"abc"', tag)).toBe(true);
    expect(etagMatches('"abc"', tag)).toBe(true);
    expect(etagMatches('"x", W/"abc"', tag)).toBe(true);
    expect(etagMatches('*', tag)).toBe(true);
  });
  it('refuses another tag or none', () => {
    expect(etagMatches('W/"abd"', tag)).toBe(false);
    expect(etagMatches(null, tag)).toBe(false);
    expect(etagMatches('', tag)).toBe(false);
  });
});
