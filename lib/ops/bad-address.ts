import type { ServerResponse } from 'node:http';
import { settings } from '../env';
import headers from '../security/headers.json';
import { BAD_ADDRESS } from '../security/url';
import { isApiPath } from './unavailable';

/**
 * 400 for an address whose percent-encoding does not decode, answered by the server itself (a
 * broken query string never reaches Next intact), with the headers Next gives every response.
 */
export function sendBadAddress(res: ServerResponse, pathname: string): void {
  const security = [...headers.everyResponse, ...(settings().NODE_ENV === 'production' ? headers.production : [])];
  for (const { key, value } of security) res.setHeader(key, value);
  res.setHeader('Content-Security-Policy', headers.nonPagePolicy);
  res.setHeader('Cache-Control', 'no-store');
  const api = isApiPath(pathname);
  res.writeHead(400, { 'Content-Type': api ? 'application/json; charset=utf-8' : 'text/plain; charset=utf-8' });
  res.end(api ? JSON.stringify({ error: BAD_ADDRESS }) : BAD_ADDRESS);
}
