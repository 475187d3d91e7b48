import { expect, type Page } from '@playwright/test';

/**
 * Hostile strings for titles, bodies, file names, source names and query strings. Every payload
 * that could run sets `window.__xss` or opens a dialog, and every element it could inject carries
 * `data-xss`, so a test can look for any of the three.
 */
export const PAYLOADS = [
  '<script data-xss>window.__xss = 1; alert("script")</script>',
  '<img data-xss src=x onerror="window.__xss = 2; alert(\'img\')">',
  '"><svg data-xss onload="window.__xss = 3; alert(\'svg\')"></svg>',
  "javascript:window.__xss=4;alert('js-url')",
  '<a data-xss href="javascript:window.__xss=5">click</a>',
  '<svg><script data-xss>window.__xss = 6</script></svg>',
  '</title><iframe data-xss srcdoc="<script>parent.__xss=7</script>"></iframe>',
  '\'"><math><mtext><style><img data-xss src=x onerror=window.__xss=8>',
  ']]><x:script xmlns:x="http://www.w3.org/1999/xhtml">window.__xss=9</x:script>',
  '=HYPERLINK("javascript:alert(10)")',
] as const;

/** Right-to-left override and friends: they must not reorder what surrounds them. */
export const BIDI = ['\u202E', '\u202D', '\u202B', '\u2066', '\u2067', '\u2068'] as const;
export const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/;

/** Records dialogs (they are dismissed so nothing blocks); call before navigating. */
export function watchDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return dialogs;
}

/**
 * Nothing ran and nothing was injected: no dialog, no `__xss`, no `data-xss` element, no
 * event-handler attribute, no `javascript:` link, no frame; and every bidi control that reaches
 * the page sits inside an isolate (`bdi` or an element with `dir`, below the root) so it cannot
 * reorder the text around it.
 */
export async function expectNothingInjected(page: Page, dialogs: string[]): Promise<void> {
  const found = await page.evaluate((controls) => {
    const bidi = new RegExp(controls);
    const handlers = [...document.querySelectorAll('*')].filter((el) => [...el.attributes].some((a) => /^on/i.test(a.name)));
    // React writes these exact actions on forms it submits itself (server actions); they never run.
    const reactForm = /^javascript:throw new Error\('(A React form was unexpectedly submitted|React form unexpectedly submitted)\./;
    const scriptLinks = [...document.querySelectorAll('a[href], form[action], iframe[src]')].filter((el) => {
      const target = el.getAttribute('href') ?? el.getAttribute('action') ?? el.getAttribute('src') ?? '';
      return /^\s*javascript:/i.test(target) && !(el.tagName === 'FORM' && reactForm.test(target));
    });
    const unisolated: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!bidi.test(node.textContent ?? '')) continue;
      const isolate = node.parentElement?.closest('bdi, [dir], input, textarea, title, script, style');
      if (!isolate || isolate === document.documentElement) unisolated.push(node.textContent!.slice(0, 60));
    }
    return {
      ran: (window as unknown as { __xss?: number }).__xss ?? null,
      injected: document.querySelectorAll('[data-xss]').length,
      frames: document.querySelectorAll('iframe, object, embed').length,
      handlers: handlers.map((el) => el.outerHTML.slice(0, 80)),
      scriptLinks: scriptLinks.map((el) => el.outerHTML.slice(0, 80)),
      unisolated,
    };
  }, BIDI_CONTROLS.source);
  expect(dialogs, 'dialogs opened').toEqual([]);
  expect(found).toEqual({ ran: null, injected: 0, frames: 0, handlers: [], scriptLinks: [], unisolated: [] });
}
