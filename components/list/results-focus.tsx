'use client';

import { useSearchParams } from 'next/navigation';
import { useEffect } from 'react';
import { RESULTS_FRAGMENT } from '@/lib/url/results-fragment';

/**
 * The `#results` fragment names the focusable heading that states the count, so on a full page
 * load the browser itself focuses it when it applies the fragment (and would undo a focus moved
 * elsewhere by script before then). A client-side navigation applies no fragment focus, so this
 * moves focus there, and a screen reader announces the new count instead of starting over at the
 * page's top.
 */
export function ResultsFocus() {
  const view = useSearchParams().toString();
  useEffect(() => {
    if (window.location.hash !== `#${RESULTS_FRAGMENT}`) return;
    document.getElementById(RESULTS_FRAGMENT)?.focus();
  }, [view]);
  return null;
}
