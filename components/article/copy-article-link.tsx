'use client';

import { CopyFallback } from './copy-fallback';
import { useClipboard } from './use-clipboard';

/**
 * Copies the article's short address. Refused, the link is shown selected on a line of its own,
 * like a refused citation: said beside the button, the address squeezed the button onto several lines.
 */
export function CopyArticleLink({ path, label, copiedLabel, failedLabel }: { path: string; label: string; copiedLabel: string; failedLabel: string }) {
  const { status, text, copy } = useClipboard();
  return (
    <span className={`inline-flex flex-col items-start ${status === 'failed' ? 'basis-full' : ''}`} data-testid="copy-article-link">
      <button
        type="button"
        onClick={() => void copy(new URL(path, window.location.origin).href)}
        className="rounded border border-stone-400 px-3 py-1 text-sm hover:bg-stone-200"
        data-copy-link={path}
      >
        {label}
      </button>
      <span role="status" className="text-sm text-emerald-800">
        {status === 'copied' ? copiedLabel : ''}
      </span>
      {status === 'failed' && <CopyFallback label={failedLabel} text={text} />}
    </span>
  );
}
