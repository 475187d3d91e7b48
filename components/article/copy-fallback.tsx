'use client';

import { useEffect, useRef } from 'react';

/** The text that could not be copied, selected and ready for Ctrl+C, with a label saying so. */
export function CopyFallback({ label, text, multiline = false }: { label: string; text: string; multiline?: boolean }) {
  const ref = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  useEffect(() => {
    ref.current?.focus();
    ref.current?.select();
  }, [text]);
  const className = 'mt-1 block w-full rounded border border-stone-400 bg-white p-1 font-mono text-xs text-stone-900';
  return (
    <label className="mt-2 block text-sm text-red-900">
      {label}
      {multiline ? (
        <textarea ref={ref} readOnly value={text} rows={4} dir="auto" className={className} data-testid="copy-fallback" />
      ) : (
        <input ref={ref} readOnly value={text} dir="ltr" className={className} data-testid="copy-fallback" />
      )}
    </label>
  );
}
