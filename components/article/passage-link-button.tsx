'use client';

import { useLocale, useTranslations } from 'next-intl';
import { formatNumber } from '@/lib/i18n/format';
import { passageHref } from '@/lib/passages';
import { CopyFallback } from '@/components/ui/copy-fallback';
import { useClipboard } from '@/components/ui/use-clipboard';

/**
 * The ¶ button beside a paragraph: the keyboard way to share a passage. The link is built from
 * the address the reader is on, so it keeps their search (`q=`).
 */
export function PassageLinkButton({ number }: { number: number }) {
  const t = useTranslations('Reading.passage');
  const { status, text, copy } = useClipboard();
  // The mark and its name use the UI's digits, like every other number around them.
  const shown = formatNumber(number, useLocale());
  function onClick() {
    const href = passageHref(window.location.pathname, window.location.search, { start: number, end: number, chars: null });
    void copy(new URL(href, window.location.origin).href);
  }
  return (
    <span className="inline-flex flex-col items-start">
      <button
        type="button"
        onClick={onClick}
        aria-label={t('copyParagraph', { number: shown })}
        className="rounded px-1 text-sm text-sky-800 hover:bg-sky-100 focus-visible:outline-2"
        data-passage-button={number}
      >
        <span aria-hidden="true">¶{shown}</span>
      </button>
      <span role="status" className="text-sm text-emerald-800">
        {status === 'copied' ? t('copied') : ''}
      </span>
      {status === 'failed' && <CopyFallback label={t('failed')} text={text} popover />}
    </span>
  );
}
