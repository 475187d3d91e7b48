'use client';

import type { KeyboardEvent, ReactNode } from 'react';

/**
 * The histogram's bars as one tab stop: Tab reaches one bar (the server gives it tabIndex 0, the
 * others -1), arrow keys move between bars as they are laid out, Home and End reach the ends. With
 * a bar per month a page of them would otherwise be dozens of Tab presses between the search and
 * the results.
 */
export function HistogramKeys({ children, label, className }: { children: ReactNode; label: string; className: string }) {
  const move = (event: KeyboardEvent<HTMLOListElement>) => {
    const bars = [...event.currentTarget.querySelectorAll<HTMLAnchorElement>('a[data-bucket]')];
    const current = bars.indexOf(document.activeElement as HTMLAnchorElement);
    if (current === -1) return;
    // Bars run in reading order, right to left in Arabic and Dari: the arrow follows what is seen.
    const rtl = event.currentTarget.closest('[dir]')?.getAttribute('dir') === 'rtl';
    const step = { ArrowRight: rtl ? -1 : 1, ArrowLeft: rtl ? 1 : -1, ArrowUp: 1, ArrowDown: -1 }[event.key];
    const target =
      event.key === 'Home'
        ? 0
        : event.key === 'End'
          ? bars.length - 1
          : step === undefined
            ? -1
            : Math.min(bars.length - 1, Math.max(0, current + step));
    if (target === -1) return;
    event.preventDefault();
    for (const [i, bar] of bars.entries()) bar.tabIndex = i === target ? 0 : -1;
    bars[target]!.focus();
  };
  return (
    <ol aria-label={label} className={className} data-facet="date" onKeyDown={move}>
      {children}
    </ol>
  );
}
