import { describe, expect, it } from 'vitest';
import { clientAddressOf } from './client-address';

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
