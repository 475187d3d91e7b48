import { describe, expect, it } from 'vitest';
import { readSettings } from './env';
import { siteIsHttps, siteOrigin } from './site-url';

describe('siteOrigin', () => {
  it('is SITE_URL’s origin, without a trailing slash', () => {
    expect(siteOrigin(readSettings({ SITE_URL: 'https://reading-room.example.org/' }))).toBe('https://reading-room.example.org');
    expect(siteOrigin(readSettings({ SITE_URL: 'http://intranet.example:8080' }))).toBe('http://intranet.example:8080');
  });

  it('without SITE_URL is the loopback address served on, never a name a request brought', () => {
    expect(siteOrigin(readSettings({}))).toBe('http://127.0.0.1:3000');
    expect(siteOrigin(readSettings({ HOST: '127.0.0.1', PORT: '3210' }))).toBe('http://127.0.0.1:3210');
    expect(siteOrigin(readSettings({ HOST: '::1', PORT: '4000' }))).toBe('http://[::1]:4000');
    // Listening everywhere in development: the browser on this machine reaches it as localhost.
    expect(siteOrigin(readSettings({ HOST: '0.0.0.0', PORT: '3000' }))).toBe('http://localhost:3000');
  });
});

describe('siteIsHttps', () => {
  it('follows SITE_URL’s scheme', () => {
    expect(siteIsHttps(readSettings({ SITE_URL: 'https://reading-room.example.org' }))).toBe(true);
    expect(siteIsHttps(readSettings({ SITE_URL: 'http://intranet.example' }))).toBe(false);
    expect(siteIsHttps(readSettings({}))).toBe(false);
  });
});
