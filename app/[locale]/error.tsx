'use client';

import { useTranslations } from 'next-intl';

// A failed page (most often the database being unreachable) gets a plain message, never a trace.
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations('Error');
  return (
    <div role="alert" className="mx-auto max-w-xl rounded border border-red-300 bg-white p-8">
      <h1 className="text-2xl font-semibold">{t('title')}</h1>
      <p className="mt-3 text-stone-700">{t('description')}</p>
      <button type="button" onClick={reset} className="mt-4 rounded bg-stone-800 px-3 py-1 text-white">
        {t('retry')}
      </button>
    </div>
  );
}
