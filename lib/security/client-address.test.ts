import { describe, expect, it } from 'vitest';
import { clientAddressOf, trustedProxyHops } from './client-address';

describe('clientAddressOf', () => {
  it('with no trusted proxy is the socket’s peer, whatever X-Forwarded-For says', () => {
    expect(clientAddressOf('203.0.113.9', '198.51.100.7', 0)).toBe('198.51.100.7');
    expect(clientAddressOf(undefined, '198.51.100.7', 0)).toBe('198.51.100.7');
  });

  it('with N trusted proxies is the entry N places from the right, ignoring what the client wrote before', () => {
    // The client wrote "1.2.3.4"; the one proxy appended the address that connected to it.
    expect(clientAddressOf('1.2.3.4, 203.0.113.9', '10.0.0.2', 1)).toBe('203.0.113.9');
    expect(clientAddressOf(['1.2.3.4', '203.0.113.9, 10.0.0.5'], '10.0.0.2', 2)).toBe('203.0.113.9');
  });

  it('falls back to the furthest address a trusted hop gave when the header is short or missing', () => {
    expect(clientAddressOf('203.0.113.9', '10.0.0.2', 2)).toBe('203.0.113.9');
    expect(clientAddressOf(undefined, '10.0.0.2', 1)).toBe('10.0.0.2');
    expect(clientAddressOf(' , ', undefined, 1)).toBe('unknown');
  });

  it('cuts an entry too long to be an address', () => {
    expect(clientAddressOf('x'.repeat(500), '10.0.0.2', 1)).toHaveLength(64);
  });
});

describe('trustedProxyHops', () => {
  it('defaults to 0 and reads a whole number', () => {
    expect(trustedProxyHops({})).toBe(0);
    expect(trustedProxyHops({ TRUSTED_PROXY_HOPS: ' 2 ' })).toBe(2);
  });

  it('refuses anything else with a sentence', () => {
    for (const bad of ['-1', '1.5', 'yes', '11']) {
      expect(() => trustedProxyHops({ TRUSTED_PROXY_HOPS: bad })).toThrow(`TRUSTED_PROXY_HOPS must be the number of reverse proxies in front of the app`);
    }
  });
});
