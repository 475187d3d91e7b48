import { getTranslations } from 'next-intl/server';
import type { ComponentProps } from 'react';
import { Link } from '@/lib/i18n/navigation';

/**
 * Says that a view's counts are estimated from a sample of its search's matches
 * (lib/articles/search-sample.ts), with a link to the same view counted exactly.
 */
export async function EstimatedCountsNote({ exactHref }: { exactHref: ComponentProps<typeof Link>['href'] }) {
  const t = await getTranslations('Home');
  return (
    <p className="mb-4 rounded border border-sky-300 bg-sky-50 p-3 text-sky-950" role="note" data-testid="estimated-counts">
      {t.rich('estimated', {
        link: (chunks) => (
          <Link href={exactHref} className="text-sky-800 underline">
            {chunks}
          </Link>
        ),
      })}
    </p>
  );
}
