import { getLocale, getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { signOutAction } from '@/app/[locale]/admin/actions';
import { Link } from '@/lib/i18n/navigation';

const SECTIONS = [
  { href: '/admin/upload', key: 'upload' },
  { href: '/admin/articles', key: 'articles' },
  { href: '/admin/audit', key: 'audit' },
] as const;

/** The admin area's own bar: sections, who is signed in, sign-out. */
export async function AdminShell({
  email,
  current,
  children,
}: {
  email: string;
  current: (typeof SECTIONS)[number]['key'] | null;
  children: ReactNode;
}) {
  const t = await getTranslations('Admin');
  const locale = await getLocale();
  return (
    <div data-testid="admin-area">
      <div className="mb-6 flex flex-wrap items-center justify-between gap-3 rounded border border-stone-300 bg-white px-4 py-2">
        <nav aria-label={t('nav.label')}>
          <ul className="flex flex-wrap gap-4">
            {SECTIONS.map((section) => (
              <li key={section.key}>
                <Link
                  href={section.href}
                  aria-current={current === section.key ? 'page' : undefined}
                  className="text-sky-800 underline-offset-4 hover:underline aria-[current=page]:font-semibold aria-[current=page]:underline"
                >
                  {t(`nav.${section.key}`)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="flex flex-wrap items-center gap-3 text-sm">
          <span className="text-stone-700" data-testid="signed-in-as">
            {t.rich('nav.signedInAs', { name: email, code: (chunks) => <bdi dir="ltr">{chunks}</bdi> })}
          </span>
          <form action={signOutAction}>
            <input type="hidden" name="locale" value={locale} />
            <button type="submit" className="rounded border border-stone-400 px-3 py-1 hover:bg-stone-100">
              {t('nav.signOut')}
            </button>
          </form>
        </div>
      </div>
      {children}
    </div>
  );
}
