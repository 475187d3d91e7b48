'use client';

import { useLocale, useTranslations } from 'next-intl';
import { numberLocale } from '@/lib/i18n/format';
import type { Confidence } from '@/lib/ingest/types';
import { CONFIDENCE_FIELDS, lowConfidence } from './upload-rules';

/** A share (0 to 1) as a whole percentage in the UI locale's digits: "92%", "٩٢٪", "۹۲٪". */
export function usePercent(): (share: number) => string {
  const locale = useLocale();
  const format = new Intl.NumberFormat(numberLocale(locale), { style: 'percent', maximumFractionDigits: 0 });
  return (share: number) => format.format(Math.floor(share * 100) / 100);
}

/**
 * How sure the ingester is of each field it derived. Low values are marked in words (not by
 * colour alone) and named first in a summary, so the admin checks them before publishing.
 */
export function ConfidenceList({ confidence, id }: { confidence: Confidence; id: string }) {
  const t = useTranslations('Admin.upload.confidence');
  const locale = useLocale();
  const percent = usePercent();
  const low = lowConfidence(confidence);
  const list = new Intl.ListFormat(locale, { type: 'conjunction', style: 'narrow' });
  return (
    <section aria-labelledby={`${id}-heading`} data-testid="confidence">
      <h4 id={`${id}-heading`} className="mb-1 font-medium">
        {t('heading')}
      </h4>
      {low.length > 0 && (
        <p className="mb-1 rounded border-s-4 border-amber-600 bg-amber-50 px-2 py-1 text-sm text-amber-950" data-testid="check-first">
          {t('checkFirst', { value: list.format(low.map((field) => t(field))) })}
        </p>
      )}
      <dl className="grid grid-cols-[max-content_max-content_1fr] gap-x-4 gap-y-0.5 text-sm">
        {CONFIDENCE_FIELDS.map((field) => {
          const isLow = low.includes(field);
          return (
            <div key={field} className="contents" data-confidence={field} data-low={isLow || undefined}>
              <dt className={isLow ? 'font-semibold' : undefined}>{t(field)}</dt>
              <dd className="text-end tabular-nums">
                <bdi>{percent(confidence[field])}</bdi>
              </dd>
              <dd>
                {isLow && (
                  <span className="inline-flex items-center gap-1 rounded bg-amber-100 px-1.5 text-amber-950">
                    <span aria-hidden="true">⚠</span>
                    {t('low')}
                  </span>
                )}
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
