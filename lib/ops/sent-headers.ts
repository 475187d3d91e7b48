import type { ServerResponse } from 'node:http';

/**
 * The headers an answer goes out with, by lower-case name: those set on the response, and those
 * passed to `writeHead` (its arguments, when it was called), which win as Node applies them.
 */
export function sentHeaders(res: ServerResponse, headArgs: unknown[] | null): Map<string, string[]> {
  const headers = new Map<string, string[]>();
  const add = (name: string, value: unknown) => {
    if (value === undefined || value === null) return;
    headers.set(name.toLowerCase(), Array.isArray(value) ? value.map(String) : [String(value)]);
  };
  for (const [name, value] of Object.entries(res.getHeaders())) add(name, value);
  const fromHead = headArgs?.find((arg): arg is Record<string, unknown> => typeof arg === 'object' && arg !== null && !Array.isArray(arg));
  for (const [name, value] of Object.entries(fromHead ?? {})) add(name, value);
  return headers;
}
