'use client';

import { useSearchParams } from 'next/navigation';
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { Link, usePathname } from '@/lib/i18n/navigation';
import type { AppLocale } from '@/lib/i18n/routing';
import { searchParamsToQuery } from '@/lib/url/query';

export interface LocaleOption {
  locale: AppLocale;
  label: string;
  dir: 'ltr' | 'rtl';
}

/**
 * Links to the same page, filters and article in each UI language, behind one disclosure: its
 * summary is the header's only tab stop between the site's name and the search, where a link per
 * language made every keyboard reader Tab through all of them. A <details> element opens without
 * JavaScript; with it, Escape and a click elsewhere close it again.
 */
export function LocaleSwitcher({ options, current, label }: { options: LocaleOption[]; current: AppLocale; label: string }) {
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const query = searchParamsToQuery(new URLSearchParams(searchParams));
  const ref = useRef<HTMLDetailsElement>(null);
  const chosen = options.find((option) => option.locale === current);

  useEffect(() => {
    const closeOutside = (event: PointerEvent) => {
      const details = ref.current;
      if (details?.open && !details.contains(event.target as Node)) details.open = false;
    };
    document.addEventListener('pointerdown', closeOutside);
    return () => document.removeEventListener('pointerdown', closeOutside);
  }, []);

  const closeOnEscape = (event: KeyboardEvent<HTMLDetailsElement>) => {
    const details = ref.current;
    if (event.key !== 'Escape' || !details?.open) return;
    details.open = false;
    details.querySelector('summary')?.focus();
  };

  return (
    <details ref={ref} className="group relative" onKeyDown={closeOnEscape} data-testid="locale-switcher">
      <summary className="inline-flex cursor-pointer list-none items-center gap-2 rounded border border-stone-400 bg-white px-3 py-1 text-sm text-stone-800 hover:bg-stone-100 [&::-webkit-details-marker]:hidden">
        <span className="sr-only">{label}: </span>
        {chosen && (
          <span lang={chosen.locale} dir={chosen.dir}>
            {chosen.label}
          </span>
        )}
        <span aria-hidden="true" className="inline-block transition-transform group-open:rotate-180">
          ▾
        </span>
      </summary>
      <ul className="absolute inset-e-0 z-20 mt-1 min-w-44 rounded border border-stone-300 bg-white py-1 shadow-lg">
        {options.map((option) => (
          <li key={option.locale}>
            <Link
              href={{ pathname, query }}
              locale={option.locale}
              lang={option.locale}
              dir={option.dir}
              hrefLang={option.locale}
              aria-current={option.locale === current ? 'true' : undefined}
              onClick={() => {
                if (ref.current) ref.current.open = false;
              }}
              className="flex items-center gap-2 px-3 py-1.5 text-sm text-stone-800 hover:bg-stone-100 aria-[current=true]:font-semibold"
            >
              <span aria-hidden="true" className="inline-block w-3 text-center">
                {option.locale === current ? '✓' : ''}
              </span>
              {option.label}
            </Link>
          </li>
        ))}
      </ul>
    </details>
  );
}
