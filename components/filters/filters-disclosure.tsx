import type { ReactNode } from 'react';

/**
 * The filters behind a "Filters (2)" control on a narrow screen, so that search and results come
 * first; on a wide one the control is hidden and the panel always shown beside the results.
 * A <details> element: it opens by keyboard and works without JavaScript.
 */
export function FiltersDisclosure({ summary, children }: { summary: string; children: ReactNode }) {
  return (
    <details className="group lg:details-content:[content-visibility:visible]" data-testid="filters-disclosure">
      <summary
        className="mb-4 inline-flex cursor-pointer list-none items-center gap-2 rounded border border-stone-400 bg-white px-3 py-1.5 text-sm font-medium hover:bg-stone-200 lg:hidden [&::-webkit-details-marker]:hidden"
        data-testid="filters-toggle"
      >
        <span aria-hidden="true" className="inline-block transition-transform group-open:rotate-90 rtl:-scale-x-100">
          ▸
        </span>
        {summary}
      </summary>
      {children}
    </details>
  );
}
