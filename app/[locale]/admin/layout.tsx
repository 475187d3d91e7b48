import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';
import { ADMIN_CLIENT_MESSAGES, pickMessages } from '@/lib/i18n/client-messages';

// Admin pages are for signed-in staff only: never indexed, never cached.
export const metadata: Metadata = { robots: { index: false, follow: false } };
export const dynamic = 'force-dynamic';

/** The admin forms are client components: they get their messages here, readers' pages do not. */
export default async function AdminLayout({ children }: LayoutProps<'/[locale]/admin'>) {
  const messages = await getMessages();
  return <NextIntlClientProvider messages={pickMessages(messages, ADMIN_CLIENT_MESSAGES)}>{children}</NextIntlClientProvider>;
}
