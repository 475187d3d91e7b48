import { describe, expect, it } from 'vitest';
import { NON_PAGE_POLICY, newNonce, pageContentSecurityPolicy } from './csp';

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name, ...sources] = part.trim().split(/\s+/);
      return [name!, sources];
    }),
  );
}

describe('page policy', () => {
  const nonce = newNonce();
  const policy = directives(pageContentSecurityPolicy({ nonce }));

  it('runs only scripts that carry this request’s nonce, and what they load', () => {
    expect(policy.get('script-src')).toEqual(["'self'", `'nonce-${nonce}'`, "'strict-dynamic'"]);
  });

  it('never allows inline or evaluated script in production', () => {
    const all = [...policy.values()].flat();
    expect(all).not.toContain("'unsafe-inline'");
    expect(all).not.toContain("'unsafe-eval'");
  });

  it('cannot be framed, and plugins, base and foreign forms are off', () => {
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'self'"]);
    expect(policy.get('default-src')).toEqual(["'self'"]);
  });

  it('styles come from files or carry the nonce', () => {
    expect(policy.get('style-src')).toEqual(["'self'", `'nonce-${nonce}'`]);
  });

  it('allows eval, inline styles and the reload socket only in development', () => {
    const dev = directives(pageContentSecurityPolicy({ nonce, development: true }));
    expect(dev.get('script-src')).toContain("'unsafe-eval'");
    expect(dev.get('script-src')).not.toContain("'unsafe-inline'");
    expect(dev.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(dev.get('connect-src')).toContain('ws:');
    expect(policy.get('connect-src')).toEqual(["'self'"]);
  });

  it('refuses a nonce that could rewrite the header', () => {
    expect(() => pageContentSecurityPolicy({ nonce: "abc'; script-src *" })).toThrow(/base64/);
    expect(() => pageContentSecurityPolicy({ nonce: 'short' })).toThrow(/base64/);
  });
});

describe('nonces', () => {
  it('are 128 random bits in base64, different every time', () => {
    const nonces = Array.from({ length: 1000 }, newNonce);
    expect(new Set(nonces).size).toBe(1000);
    for (const nonce of nonces) {
      expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
      expect(Buffer.from(nonce, 'base64')).toHaveLength(16);
    }
  });
});

describe('policy for everything that is not a page', () => {
  it('allows nothing, cannot be framed and sandboxes whatever renders it', () => {
    const policy = directives(NON_PAGE_POLICY);
    expect(policy.get('default-src')).toEqual(["'none'"]);
    expect(policy.has('sandbox')).toBe(true);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
  });
});
