import { getTranslations } from 'next-intl/server';
import type { AuditLine, AuditValue } from '@/lib/articles/audit-describe';
import { countryName, formatArticleDate, formatNumber, languageName, pairName } from '@/lib/i18n/format';
import { Link } from '@/lib/i18n/navigation';
import type { AppLocale } from '@/lib/i18n/routing';

/**
 * An audit entry's lines in the admin's language: the edit form's label, then what the field was
 * and what it became (or the one fact), with countries, languages and dates named.
 */
export async function AuditChanges({ lines, locale }: { lines: AuditLine[]; locale: AppLocale }) {
  const [tf, ta] = await Promise.all([getTranslations('Admin.fields'), getTranslations('Admin.audit')]);
  const list = new Intl.ListFormat(locale, { type: 'conjunction' });
  const show = (value: AuditValue) => {
    switch (value.kind) {
      case 'none':
        return <span className="text-stone-600">{ta('values.none')}</span>;
      case 'text':
        return <bdi className="break-words">{value.text}</bdi>;
      case 'language':
        return languageName(value.tag, locale);
      case 'countries':
        return list.format(value.codes.map((code) => countryName(code, locale)));
      case 'pair':
        return pairName(value.pair, locale);
      case 'date':
        return <time dateTime={value.iso}>{formatArticleDate(value.iso, 'day', locale)}</time>;
      case 'choice':
        return value.key === 'published' || value.key === 'unpublished' ? ta(`values.${value.key}`) : tf(value.key);
      case 'count':
        return ta(`values.${value.key}`, { count: value.count, formatted: formatNumber(value.count, locale) });
      case 'similar':
        return (
          <Link href={`/admin/articles/${value.id}/edit`} className="text-sky-800 underline">
            {ta('values.similar', { percent: formatNumber(value.percent, locale) })}
          </Link>
        );
    }
  };
  if (lines.length === 0) return null;
  return (
    <ul className="space-y-0.5">
      {lines.map((line) => (
        <li key={line.name} data-change={line.name}>
          <span className="font-medium">{line.label.in === 'fields' ? tf(line.label.key) : ta(`labels.${line.label.key}`)}</span>
          {line.name.startsWith('corrections.') && <span className="text-stone-600"> ({ta('values.beforePublishing')})</span>}:{' '}
          {line.from ? (
            <>
              <span className="bg-red-50 line-through" data-value="from">
                {show(line.from)}
              </span>{' '}
              <span aria-hidden="true" className="inline-block rtl:-scale-x-100">
                →
              </span>
              <span className="sr-only">{ta('values.became')}</span>{' '}
              <span className="bg-emerald-50" data-value="to">
                {show(line.to)}
              </span>
            </>
          ) : (
            <span data-value="to">{show(line.to)}</span>
          )}
        </li>
      ))}
    </ul>
  );
}
