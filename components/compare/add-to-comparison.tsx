'use client';

import { useTranslations } from 'next-intl';
import { MAX_COMPARED } from '@/lib/compare';
import { useComparison, type ComparedItem } from './comparison-store';

/** Toggles one article in the reader's comparison; says so when the comparison is full. */
export function AddToComparison({ item }: { item: ComparedItem }) {
  const t = useTranslations('Reading.compare');
  const { items, add, remove } = useComparison();
  const chosen = items.some((other) => other.id === item.id);
  const full = !chosen && items.length >= MAX_COMPARED;
  return (
    <span className="no-print inline-flex flex-wrap items-center gap-2">
      <button
        type="button"
        aria-pressed={chosen}
        disabled={full}
        aria-describedby={full ? `compare-full-${item.id}` : undefined}
        onClick={() => (chosen ? remove(item.id) : add(item))}
        className="rounded border border-stone-400 px-2 py-0.5 text-sm hover:bg-stone-100 disabled:cursor-not-allowed disabled:opacity-60 aria-pressed:border-sky-800 aria-pressed:bg-sky-50 aria-pressed:text-sky-900"
        data-compare-toggle={item.id}
      >
        {chosen ? `✓ ${t('added')}` : t('add')}
      </button>
      {full && (
        <span id={`compare-full-${item.id}`} className="text-xs text-stone-600">
          {t('full')}
        </span>
      )}
    </span>
  );
}
