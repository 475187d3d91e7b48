'use client';

import { useTranslations } from 'next-intl';
import { formatCitation, type CitationArticle } from '@/lib/citation/format';
import { CopyFallback } from '@/components/ui/copy-fallback';
import { useClipboard } from '@/components/ui/use-clipboard';

/** The reader's own calendar day, as the access date of a citation. */
function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/**
 * Copies a citation of the article. Built at the moment of the click, so the access date is the
 * day the reader copied it, not the day the page was rendered.
 */
export function CiteButton({
  article,
  permalinkPath,
  translatedTitle,
}: {
  article: CitationArticle;
  /** Path of the article's canonical address (no search, no passage). */
  permalinkPath: string;
  translatedTitle?: { text: string; direction: 'ltr' | 'rtl' } | null;
}) {
  const t = useTranslations('Reading.citation');
  const { status, text, copy } = useClipboard();
  function onClick() {
    const citation = formatCitation({
      article,
      translatedTitle,
      permalink: new URL(permalinkPath, window.location.origin).href,
      accessedOn: today(),
      labels: {
        unknownSource: t('unknownSource'),
        printed: t('printed'),
        normalised: t('normalised'),
        accessed: t('accessed'),
        noDate: t('noDate'),
      },
    });
    void copy(citation);
  }
  return (
    // Refused, the citation takes a line of its own under the buttons: beside them, its long label
    // and text would squeeze every button of the row onto several lines.
    <span className={`inline-flex flex-col items-start ${status === 'failed' ? 'basis-full' : ''}`} data-testid="cite">
      <button
        type="button"
        onClick={onClick}
        className="rounded border border-stone-400 px-3 py-1 text-sm hover:bg-stone-200"
        data-testid="cite-button"
      >
        {t('copy')}
      </button>
      <span role="status" className="text-sm text-emerald-800">
        {status === 'copied' ? t('copied') : ''}
      </span>
      {status === 'failed' && <CopyFallback label={t('failed')} text={text} multiline />}
    </span>
  );
}
