import { redirect } from '@/lib/i18n/navigation';
import { pageLocale } from '@/lib/i18n/page-locale';

export default async function AdminIndex({ params }: PageProps<'/[locale]/admin'>) {
  const locale = await pageLocale(params);
  redirect({ href: '/admin/upload', locale });
}
