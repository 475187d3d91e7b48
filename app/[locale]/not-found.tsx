import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';

export default async function NotFound() {
  const t = await getTranslations('NotFound');
  return (
    <div className="mx-auto max-w-xl rounded border border-stone-300 bg-white p-8">
      <h1 className="text-2xl font-semibold">{t('title')}</h1>
      <p className="mt-3 text-stone-700">{t('description')}</p>
      <p className="mt-4">
        <Link href="/" className="text-sky-800 underline">
          {t('home')}
        </Link>
      </p>
    </div>
  );
}
