import { describe, expect, it } from 'vitest';
import { checkSiteUrlFor, configuredSiteUrl, siteIsHttps, siteOrigin } from './site-url';

describe('siteOrigin', () => {
  it('is SITE_URL’s origin, without a trailing slash', () => {
    expect(siteOrigin({ SITE_URL: 'https://reading-room.example.org/' })).toBe('https://reading-room.example.org');
    expect(siteOrigin({ SITE_URL: 'http://intranet.example:8080' })).toBe('http://intranet.example:8080');
  });

  it('without SITE_URL is the loopback address served on, never a name a request brought', () => {
    expect(siteOrigin({})).toBe('http://127.0.0.1:3000');
    expect(siteOrigin({ HOST: '127.0.0.1', PORT: '3210' })).toBe('http://127.0.0.1:3210');
    expect(siteOrigin({ HOST: '::1', PORT: '4000' })).toBe('http://[::1]:4000');
    // Listening everywhere in development: the browser on this machine reaches it as localhost.
    expect(siteOrigin({ HOST: '0.0.0.0', PORT: '3000' })).toBe('http://localhost:3000');
  });

  it('refuses a SITE_URL that is not a bare http(s) origin, with a sentence naming it', () => {
    for (const bad of ['reading-room.example.org', 'ftp://example.org', 'https://example.org/room', 'https://example.org/?a=1', 'https://example.org/?', 'https://user:pw@example.org', 'https://example.org/#top']) {
      expect(() => configuredSiteUrl({ SITE_URL: bad })).toThrow(`SITE_URL must be the address readers use for the site, scheme and host only`);
      expect(() => configuredSiteUrl({ SITE_URL: bad })).toThrow(`"${bad}"`);
    }
  });
});

describe('siteIsHttps', () => {
  it('follows SITE_URL’s scheme only', () => {
    expect(siteIsHttps({ SITE_URL: 'https://reading-room.example.org' })).toBe(true);
    expect(siteIsHttps({ SITE_URL: 'http://intranet.example' })).toBe(false);
    expect(siteIsHttps({})).toBe(false);
  });
});

describe('checkSiteUrlFor', () => {
  it('lets a production server listen on loopback without SITE_URL, as `npm start` on a laptop', () => {
    expect(() => checkSiteUrlFor('127.0.0.1', { NODE_ENV: 'production' })).not.toThrow();
    expect(() => checkSiteUrlFor('localhost', { NODE_ENV: 'production' })).not.toThrow();
  });

  it('stops a production server listening beyond loopback without SITE_URL', () => {
    expect(() => checkSiteUrlFor('0.0.0.0', { NODE_ENV: 'production' })).toThrow(/SITE_URL is not set, and the server would listen on 0\.0\.0\.0/);
    expect(() => checkSiteUrlFor('0.0.0.0', { NODE_ENV: 'production', SITE_URL: 'https://reading-room.example.org' })).not.toThrow();
  });

  it('stops on a malformed SITE_URL wherever it listens', () => {
    expect(() => checkSiteUrlFor('127.0.0.1', { NODE_ENV: 'production', SITE_URL: 'https://example.org/room' })).toThrow(/SITE_URL must be/);
  });
});
