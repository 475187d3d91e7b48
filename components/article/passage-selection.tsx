'use client';

import { useLocale, useTranslations } from 'next-intl';
import { localeDirection } from '@/lib/i18n/locale';
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { passageFromSelection, passageHref, type Passage, type TextPoint } from '@/lib/passages';
import { CopyFallback } from '@/components/ui/copy-fallback';
import { describePassage } from './describe-passage';
import { useClipboard } from '@/components/ui/use-clipboard';

/** Offset of a DOM position inside a paragraph element, counted on its text. */
function offsetIn(paragraph: Element, node: Node, offset: number): number {
  const range = document.createRange();
  range.setStart(paragraph, 0);
  range.setEnd(node, offset);
  return range.toString().length;
}

/**
 * The passage the current selection covers inside `root`, or null. Ends outside any paragraph
 * (in the title, on a ¶ button) are moved to the nearest paragraph edge.
 */
function selectedPassage(root: HTMLElement): Passage | null {
  const selection = document.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  const paragraphs = [...root.querySelectorAll<HTMLElement>('[data-paragraph]')].filter((p) => range.intersectsNode(p));
  const first = paragraphs[0];
  const last = paragraphs.at(-1);
  if (!first || !last) return null;
  const start: TextPoint = {
    paragraph: Number(first.dataset.paragraph),
    offset: first.contains(range.startContainer) ? offsetIn(first, range.startContainer, range.startOffset) : 0,
  };
  const end: TextPoint = {
    paragraph: Number(last.dataset.paragraph),
    offset: last.contains(range.endContainer) ? offsetIn(last, range.endContainer, range.endOffset) : (last.textContent ?? '').length,
  };
  const text = (number: number) => root.querySelector(`[data-paragraph="${number}"]`)?.textContent ?? '';
  return passageFromSelection(start, end, text);
}

/**
 * Wraps an article's paragraphs: when the reader selects text in them, offers a link to that
 * passage next to the selection. Keyboard readers have the ¶ button of each paragraph instead.
 */
export function PassageSelection({ children }: { children: ReactNode }) {
  const t = useTranslations('Reading.passage');
  // The toolbar is UI text inside the article's element: it carries the UI language.
  const locale = useLocale();
  const root = useRef<HTMLDivElement>(null);
  const toolbar = useRef<HTMLDivElement>(null);
  const [passage, setPassage] = useState<Passage | null>(null);
  const [position, setPosition] = useState({ top: 0, left: 0 });
  const { status, text, copy, reset } = useClipboard();

  // Reads only the DOM and calls state setters and reset, which are stable: it never needs rebuilding.
  const update = useCallback(() => {
    const container = root.current;
    if (!container) return;
    // Clicking the toolbar must not throw away the passage it is about.
    if (toolbar.current?.contains(document.activeElement)) return;
    const next = selectedPassage(container);
    setPassage(next);
    reset();
    if (!next) return;
    const rect = document.getSelection()!.getRangeAt(0).getBoundingClientRect();
    const box = container.getBoundingClientRect();
    const width = Math.min(320, box.width);
    setPosition({ top: rect.bottom - box.top + 8, left: Math.max(0, Math.min(rect.left - box.left, box.width - width)) });
  }, [reset]);

  useEffect(() => {
    let frame = 0;
    const onChange = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(update);
    };
    document.addEventListener('selectionchange', onChange);
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener('selectionchange', onChange);
    };
  }, [update]);

  // Opening a passage link: the browser scrolls to the paragraph's anchor; a range deep inside a
  // long paragraph, or a link without the anchor, still needs the mark brought into view.
  useEffect(() => {
    const mark = root.current?.querySelector('[data-passage]');
    if (!mark) return;
    const rect = mark.getBoundingClientRect();
    if (rect.top < 0 || rect.bottom > window.innerHeight) mark.scrollIntoView({ block: 'center' });
  }, []);

  function onCopy() {
    if (!passage) return;
    const href = passageHref(window.location.pathname, window.location.search, passage);
    void copy(new URL(href, window.location.origin).href);
  }

  return (
    <div ref={root} className="relative">
      {children}
      {passage && (
        <div
          ref={toolbar}
          role="region"
          lang={locale}
          dir={localeDirection(locale)}
          aria-label={t('toolbar')}
          className="no-print absolute z-10 w-80 max-w-full rounded border border-stone-400 bg-white p-2 text-sm shadow-lg"
          style={{ top: position.top, left: position.left }}
          data-testid="passage-toolbar"
          onKeyDown={(event) => {
            if (event.key === 'Escape') setPassage(null);
          }}
        >
          <div className="flex items-center justify-between gap-2">
            <button
              type="button"
              // Keeps the selection (and the reader's place) while the button is pressed.
              onMouseDown={(event) => event.preventDefault()}
              onClick={onCopy}
              className="rounded bg-sky-800 px-2 py-1 font-medium text-white hover:bg-sky-900 focus-visible:outline-2 focus-visible:outline-offset-2"
            >
              {t('copy')}
            </button>
            <button
              type="button"
              onClick={() => setPassage(null)}
              className="rounded px-2 py-1 text-stone-700 hover:bg-stone-100"
              aria-label={t('dismiss')}
            >
              <span aria-hidden="true">×</span>
            </button>
          </div>
          <p className="mt-1 text-stone-700" data-testid="passage-description">
            {describePassage(passage, t, locale)}
          </p>
          <p role="status" className="text-emerald-800">
            {status === 'copied' ? t('copied') : ''}
          </p>
          {status === 'failed' && <CopyFallback label={t('failed')} text={text} />}
        </div>
      )}
    </div>
  );
}
