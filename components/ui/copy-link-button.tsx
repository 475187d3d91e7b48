'use client';

import { useState } from 'react';

interface Props {
  /** Path and hash to link to; `null` means the current address, as the reader sees it. */
  path: string | null;
  label: string;
  copiedLabel: string;
  failedLabel: string;
  className?: string;
  children?: React.ReactNode;
}

/** Copies an absolute link and says so to screen readers; shows the link when copying is refused. */
export function CopyLinkButton({ path, label, copiedLabel, failedLabel, className, children }: Props) {
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  const [url, setUrl] = useState('');

  async function copy() {
    const link = path === null ? window.location.href : new URL(path, window.location.origin).href;
    setUrl(link);
    try {
      await navigator.clipboard.writeText(link);
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
  }

  return (
    <span className="inline-flex items-center gap-2">
      <button type="button" onClick={copy} aria-label={children ? label : undefined} className={className} data-copy-link={path ?? ''}>
        {children ?? label}
      </button>
      <span role="status" className="text-sm text-emerald-800">
        {status === 'copied' ? copiedLabel : status === 'failed' ? failedLabel.replace('{url}', url) : ''}
      </span>
    </span>
  );
}
