/**
 * A streaming pass over the markup before any tree is built: a page nested or spread wider than
 * any real article page is refused here, so the DOM, the extractor and every walk after them only
 * ever see trees of a bounded size and depth.
 */
import { Parser } from 'htmlparser2';

/** Real news pages nest a few dozen levels; hostile ones nest thousands to exhaust recursion. */
export const MAX_HTML_DEPTH = 400;
/** Heavy real pages hold a few thousand elements; this leaves ample room above them. */
export const MAX_HTML_ELEMENTS = 60_000;

export type ShapeCheck = { ok: true; elements: number; depth: number } | { ok: false; error: string };

export function checkHtmlShape(html: string): ShapeCheck {
  let depth = 0;
  let deepest = 0;
  let elements = 0;
  let stopped = false;
  const parser = new Parser(
    {
      onopentag() {
        elements++;
        depth++;
        if (depth > deepest) deepest = depth;
        if (deepest > MAX_HTML_DEPTH || elements > MAX_HTML_ELEMENTS) {
          stopped = true;
          parser.pause();
        }
      },
      onclosetag() {
        depth = Math.max(0, depth - 1);
      },
    },
    { decodeEntities: false },
  );
  parser.write(html);
  if (!stopped) parser.end();
  if (deepest > MAX_HTML_DEPTH) {
    return {
      ok: false,
      error: `The page nests its elements more than ${MAX_HTML_DEPTH} levels deep, which no article page does, so it was not read. Save the article page again from a browser ("Save page as", HTML only) and upload that.`,
    };
  }
  if (elements > MAX_HTML_ELEMENTS) {
    return {
      ok: false,
      error: `The page has more than ${MAX_HTML_ELEMENTS.toLocaleString('en')} elements, far more than an article page, so it was not read. Save the article page alone (not a listing or an archive) and upload that.`,
    };
  }
  return { ok: true, elements, depth: deepest };
}
