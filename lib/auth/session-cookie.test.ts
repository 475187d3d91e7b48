import { describe, expect, it } from 'vitest';
import { readSettings } from '../env';
import { isOwnOrigin } from './request';
import { sessionCookie } from './session-cookie';

describe('sessionCookie', () => {
  it('is __Host-rr_session and Secure when SITE_URL is https', () => {
    expect(sessionCookie(readSettings({ SITE_URL: 'https://reading-room.example.org', NODE_ENV: 'production' }))).toEqual({
      name: '__Host-rr_session',
      secure: true,
    });
  });

  it('is rr_session without Secure over plain HTTP, however the request was addressed', () => {
    expect(sessionCookie(readSettings({ NODE_ENV: 'production' }))).toEqual({ name: 'rr_session', secure: false });
    expect(sessionCookie(readSettings({ SITE_URL: 'http://intranet.example', NODE_ENV: 'production' }))).toEqual({
      name: 'rr_session',
      secure: false,
    });
  });
});

describe('isOwnOrigin', () => {
  const site = readSettings({ SITE_URL: 'https://reading-room.example.org', NODE_ENV: 'production' });

  it('with SITE_URL accepts its origin only, whatever Host the request carries', () => {
    expect(isOwnOrigin('https://reading-room.example.org', 'internal:3000', site)).toBe(true);
    expect(isOwnOrigin('https://evil.example', 'evil.example', site)).toBe(false);
    expect(isOwnOrigin('http://reading-room.example.org', 'reading-room.example.org', site)).toBe(false);
    expect(isOwnOrigin('null', 'reading-room.example.org', site)).toBe(false);
  });

  it('without SITE_URL in production accepts the loopback Host the browser addressed, nothing else', () => {
    const env = readSettings({ NODE_ENV: 'production' });
    expect(isOwnOrigin('http://127.0.0.1:3000', '127.0.0.1:3000', env)).toBe(true);
    expect(isOwnOrigin('http://localhost:3000', 'localhost:3000', env)).toBe(true);
    expect(isOwnOrigin('http://localhost:3000', '127.0.0.1:3000', env)).toBe(false);
    // A name the attacker points at this machine (DNS rebinding) matches its own Host, but is not loopback.
    expect(isOwnOrigin('http://rebound.example:3000', 'rebound.example:3000', env)).toBe(false);
  });
});
