/**
 * Pages whose answer held a momentary notice (the listing was refused because the server was
 * busy or the query ran out of time: components/list/listing-refused-notice.tsx) rather than
 * what their entity tag stands for. Headers are sent before the page knows, so the tag is noted
 * here instead, and the proxy does not confirm it with a 304 while it is noted: the reader's next
 * request renders again. The notes live in this process (the proxy and the pages are bundled
 * apart, hence globalThis) and are forgotten after a while.
 */

/** The request header on which the proxy hands a shared page its entity tag. */
export const PAGE_ETAG_HEADER = 'x-reading-room-etag';

const REMEMBERED_MS = 10 * 60 * 1000;
const MOST_NOTES = 10_000;

const store = globalThis as unknown as { readingRoomMomentaryAnswers?: Map<string, number> };
const notes = () => (store.readingRoomMomentaryAnswers ??= new Map());

export function noteMomentaryAnswer(etag: string, now = Date.now()): void {
  const map = notes();
  map.delete(etag);
  map.set(etag, now + REMEMBERED_MS);
  // Oldest first, as a Map keeps insertion order.
  for (const [key, until] of map) {
    if (map.size <= MOST_NOTES && until > now) break;
    map.delete(key);
  }
}

export function wasMomentary(etag: string, now = Date.now()): boolean {
  const until = notes().get(etag);
  if (until === undefined) return false;
  if (until > now) return true;
  notes().delete(etag);
  return false;
}
