'use client';

import { useCallback, useState } from 'react';

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

  // Stable, so that callers may use it inside their own callbacks and effects.
  const reset = useCallback(() => setStatus('idle'), []);
  return { status, text, copy, reset };
}
