/**
 * A rendered answer as the page cache (lib/ops/page-cache.ts) keeps it. A page carries its
 * Content-Security-Policy nonce in its header and in its script and style tags. A kept page is
 * stored cut at every occurrence of that nonce and put back together with a fresh one for each
 * reader, so no two answers share a nonce, as if each had been rendered.
 */

export interface KeptAnswer {
  status: number;
  /** Header name and value, the value cut where the nonce was. */
  headers: [name: string, value: string[]][];
  /** The body cut where the nonce was. */
  body: Buffer[];
  bytes: number;
}

/** `text` cut at each occurrence of `nonce` (the whole of it when there is no nonce). */
export function cutAt(text: Buffer, nonce: string | null): Buffer[] {
  if (!nonce) return [text];
  const needle = Buffer.from(nonce);
  const parts: Buffer[] = [];
  let from = 0;
  for (let at = text.indexOf(needle, from); at >= 0; at = text.indexOf(needle, from)) {
    parts.push(text.subarray(from, at));
    from = at + needle.length;
  }
  parts.push(text.subarray(from));
  return parts;
}

/** A kept answer from what was sent: status, headers, the whole body, and the nonce it was sent with. */
export function keptAnswer(status: number, headers: [string, string][], body: Buffer, nonce: string | null): KeptAnswer {
  const cut = headers.map(([name, value]): [string, string[]] => [name, nonce ? value.split(nonce) : [value]]);
  const parts = cutAt(body, nonce);
  const bytes = body.length + cut.reduce((sum, [name, value]) => sum + name.length + value.join('').length, 0);
  return { status, headers: cut, body: parts, bytes };
}

/** The answer put back together with `nonce` in every place the old one was. */
export function withNonce(answer: KeptAnswer, nonce: string): { headers: [string, string][]; body: Buffer } {
  const needle = Buffer.from(nonce);
  const pieces: Buffer[] = [];
  answer.body.forEach((part, i) => {
    if (i > 0) pieces.push(needle);
    pieces.push(part);
  });
  return { headers: answer.headers.map(([name, value]) => [name, value.join(nonce)]), body: Buffer.concat(pieces) };
}
