import { headers } from 'next/headers';

/**
 * The public origin for canonical URLs and link previews: `SITE_URL` when the deployment sets it
 * (behind a proxy that rewrites Host), otherwise what the request itself was addressed to.
 */
export async function siteOrigin(): Promise<string> {
  if (process.env.SITE_URL) return process.env.SITE_URL.replace(/\/+$/, '');
  const h = await headers();
  const host = h.get('x-forwarded-host') ?? h.get('host') ?? `localhost:${process.env.PORT ?? 3000}`;
  const proto = h.get('x-forwarded-proto') ?? (host.startsWith('localhost') || host.startsWith('127.') ? 'http' : 'https');
  return `${proto}://${host}`;
}
