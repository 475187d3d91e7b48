'use client';

import { useEffect, useRef } from 'react';

/**
 * The text that could not be copied, selected and ready for Ctrl+C, with a label saying so.
 * `popover` floats it across the nearest positioned block, under it: in a narrow gutter, a
 * fallback in the flow would widen the gutter and squeeze the text beside it.
 */
export function CopyFallback({
  label,
  text,
  multiline = false,
  popover = false,
}: {
  label: string;
  text: string;
  multiline?: boolean;
  popover?: boolean;
}) {
  const ref = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  useEffect(() => {
    ref.current?.focus();
    ref.current?.select();
  }, [text]);
  const className = 'mt-1 block w-full min-w-0 rounded border border-stone-400 bg-white p-1 font-mono text-xs text-stone-900';
  const placement = popover ? 'absolute inset-x-0 top-full z-10 rounded border border-stone-400 bg-white p-2 shadow-lg' : 'mt-2 w-full';
  return (
    <label className={`${placement} block text-sm text-red-900`} data-testid="copy-fallback-box">
      {label}
      {multiline ? (
        <textarea ref={ref} readOnly value={text} rows={4} dir="auto" className={className} data-testid="copy-fallback" />
      ) : (
        <input ref={ref} readOnly value={text} dir="ltr" className={className} data-testid="copy-fallback" />
      )}
    </label>
  );
}
