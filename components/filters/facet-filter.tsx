'use client';

import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { foldedKey } from '@/lib/search/normalise';

/**
 * A box that narrows a long facet's values as the analyst types, matching the shown name or the
 * code the way search does (letter variants, diacritics, digits). The list is server-rendered and
 * complete, so without JavaScript nothing is lost: the box only hides what does not match.
 */
export function FacetFilter({ label, noMatch, children }: { label: string; noMatch: string; children: ReactNode }) {
  const [text, setText] = useState('');
  const [none, setNone] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const inputId = useId();

  // Text typed before the script arrived (a slow connection, a busy server) is in the box already,
  // which React leaves alone: filter by it as soon as the script runs.
  useEffect(() => {
    if (input.current?.value) setText(input.current.value);
  }, []);

  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    const wanted = foldedKey(text).trim();
    let shown = 0;
    for (const item of root.querySelectorAll<HTMLElement>('li[data-match]')) {
      const match = wanted === '' || foldedKey(item.dataset.match ?? '').includes(wanted);
      item.hidden = !match;
      if (match) shown++;
    }
    setNone(shown === 0);
  }, [text]);

  return (
    <div ref={ref}>
      <label htmlFor={inputId} className="sr-only">
        {label}
      </label>
      <input
        id={inputId}
        // Not type=search: the page's one searchbox is the article search.
        type="text"
        enterKeyHint="search"
        ref={input}
        defaultValue=""
        onChange={(event) => setText(event.target.value)}
        placeholder={label}
        autoComplete="off"
        className="mb-2 w-full rounded border border-stone-400 bg-white px-2 py-1 text-sm"
      />
      {children}
      <p aria-live="polite" className="px-2 text-sm text-stone-600">
        {none ? noMatch : ''}
      </p>
    </div>
  );
}
