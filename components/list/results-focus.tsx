'use client';

import { useSearchParams } from 'next/navigation';
import { useEffect } from 'react';
import { RESULTS_FRAGMENT } from '@/lib/url/results-fragment';

/**
 * After a link that changes the view, the reader lands on the results: the browser scrolls to
 * `#results` by itself, and this moves keyboard focus to the heading that states the new count,
 * so a screen reader announces it instead of starting over at the page's top.
 */
export function ResultsFocus({ targetId }: { targetId: string }) {
  const view = useSearchParams().toString();
  useEffect(() => {
    if (window.location.hash !== `#${RESULTS_FRAGMENT}`) return;
    document.getElementById(targetId)?.focus();
  }, [view, targetId]);
  return null;
}
