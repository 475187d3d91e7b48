'use client';

import { useState } from 'react';

export type CopyStatus = 'idle' | 'copied' | 'failed';

/**
 * Copies text and remembers what happened. When the browser refuses (no permission, insecure
 * origin), the caller shows the text itself so that the reader can still copy it by hand.
 */
export function useClipboard() {
  const [status, setStatus] = useState<CopyStatus>('idle');
  const [text, setText] = useState('');

  async function copy(value: string) {
    setText(value);
    try {
      await navigator.clipboard.writeText(value);
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
  }

  return { status, text, copy, reset: () => setStatus('idle') };
}
