'use client';

import { CopyFallback } from './copy-fallback';
import { useClipboard } from './use-clipboard';

interface Props {
  /** Path to link to; `null` means the current address, as the reader sees it. */
  path: string | null;
  label: string;
  copiedLabel: string;
  /** Said over the link when copying is refused, asking the reader to copy it by hand. */
  failedLabel: string;
  testId?: string;
}

/**
 * Copies an absolute link and says so to screen readers. Refused, the link is shown selected in a
 * field on a line of its own: said beside the button, the address squeezed the button onto
 * several lines.
 */
export function CopyLinkButton({ path, label, copiedLabel, failedLabel, testId }: Props) {
  const { status, text, copy } = useClipboard();
  return (
    <span className={`inline-flex flex-col items-start ${status === 'failed' ? 'basis-full' : ''}`} data-testid={testId}>
      <button
        type="button"
        onClick={() => void copy(path === null ? window.location.href : new URL(path, window.location.origin).href)}
        className="rounded border border-stone-400 px-3 py-1 text-sm whitespace-nowrap hover:bg-stone-200"
        data-copy-link={path ?? ''}
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
