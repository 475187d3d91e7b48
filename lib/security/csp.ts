import headers from './headers.json';

/**
 * Content-Security-Policy values. Pages get a policy built around a per-request nonce: Next.js
 * reads the nonce from the policy on the request and puts it on its own scripts, and
 * 'strict-dynamic' lets those scripts load the chunks they need, so no inline script written
 * into stored text can run. Everything that is not a page (API answers, feeds, downloads,
 * static files) gets a policy that allows nothing at all.
 */

export interface PagePolicyOptions {
  nonce: string;
  /** The development server needs eval, inline styles and a websocket for reloads. */
  development?: boolean;
}

const NONCE = /^[A-Za-z0-9+/]{16,}={0,2}$/;

export function pageContentSecurityPolicy({ nonce, development = false }: PagePolicyOptions): string {
  // The nonce goes into a header; anything but base64 would let a caller rewrite the policy.
  if (!NONCE.test(nonce)) throw new Error('A CSP nonce must be base64 and at least 16 characters long.');
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    'script-src': ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(development ? ["'unsafe-eval'"] : [])],
    // Stylesheets are files; the nonce covers style elements Next.js writes itself. Inline
    // style attributes stay blocked, so components use classes. The development server injects
    // its CSS as style elements without a nonce, so there (only) inline styles are allowed; a
    // nonce in the list would switch 'unsafe-inline' off.
    'style-src': development ? ["'self'", "'unsafe-inline'"] : ["'self'", `'nonce-${nonce}'`],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'", ...(development ? ['ws:'] : [])],
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

/** The policy for every response that is not an HTML page. */
export const NON_PAGE_POLICY: string = headers.nonPagePolicy;

/** 128 random bits, base64: unguessable and fresh for every request. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
