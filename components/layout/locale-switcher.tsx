'use client';

import { useSearchParams } from 'next/navigation';
import { Link, usePathname } from '@/lib/i18n/navigation';
import type { AppLocale } from '@/lib/i18n/routing';
import { searchParamsToQuery } from '@/lib/url/query';

export interface LocaleOption {
  locale: AppLocale;
  label: string;
  dir: 'ltr' | 'rtl';
}

/** Links to the same page, filters and article in each UI language. */
export function LocaleSwitcher({ options, current }: { options: LocaleOption[]; current: AppLocale }) {
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const query = searchParamsToQuery(new URLSearchParams(searchParams));
  return (
    <ul className="flex flex-wrap gap-2">
      {options.map((option) => (
        <li key={option.locale}>
          <Link
            href={{ pathname, query }}
            locale={option.locale}
            lang={option.locale}
            dir={option.dir}
            hrefLang={option.locale}
            aria-current={option.locale === current ? 'true' : undefined}
            className="rounded border border-stone-300 px-2 py-1 text-sm text-stone-800 hover:bg-stone-100 aria-[current=true]:border-stone-800 aria-[current=true]:bg-stone-800 aria-[current=true]:text-white"
          >
            {option.label}
          </Link>
        </li>
      ))}
    </ul>
  );
}
