/** An audit entry's `changes`: `field: before → after` for edits, the other facts as key: value. */
export function AuditChanges({ changes }: { changes: unknown }) {
  if (!changes || typeof changes !== 'object') return null;
  const show = (value: unknown) => (value === null || value === undefined ? '—' : typeof value === 'string' ? value : JSON.stringify(value));
  const rows: [string, unknown][] = [];
  for (const [key, value] of Object.entries(changes as Record<string, unknown>)) {
    if (key === 'corrections' && value && typeof value === 'object') rows.push(...Object.entries(value as Record<string, unknown>));
    else rows.push([key, value]);
  }
  return (
    <ul className="space-y-0.5">
      {rows.map(([key, value]) => {
        const isChange = value !== null && typeof value === 'object' && 'from' in value && 'to' in value;
        return (
          <li key={key} data-change={key}>
            <code className="text-xs">{key}</code>:{' '}
            {isChange ? (
              <>
                <bdi className="bg-red-50 line-through">{show((value as { from: unknown }).from)}</bdi> <span aria-hidden="true" className="inline-block rtl:-scale-x-100">→</span>{' '}
                <bdi className="bg-emerald-50">{show((value as { to: unknown }).to)}</bdi>
              </>
            ) : (
              <bdi className="break-all">{show(value)}</bdi>
            )}
          </li>
        );
      })}
    </ul>
  );
}
