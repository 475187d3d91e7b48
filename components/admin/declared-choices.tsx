'use client';

import { useTranslations } from 'next-intl';
import type { DeclaredChoice } from '@/lib/ingest/types';

/**
 * Where an HTML page or a PDF declares a value (JSON-LD, meta tags, document properties) that
 * differs from what it prints, both values and the one the ingester kept, so the admin can
 * overrule it. Values are isolated: a declared English title inside an Arabic preview keeps its
 * own direction.
 */
export function DeclaredChoices({ choices, id }: { choices: readonly DeclaredChoice[]; id: string }) {
  const t = useTranslations('Admin.upload.declared');
  if (choices.length === 0) return null;
  return (
    <section aria-labelledby={`${id}-heading`} data-testid="declared-choices">
      <h4 id={`${id}-heading`} className="mb-1 font-medium">
        {t('heading')}
      </h4>
      <ul className="space-y-1 text-sm">
        {choices.map((choice) => (
          <li key={choice.field} data-declared={choice.field} data-chosen={choice.chosen}>
            <span className="font-medium">{t(`field.${choice.field}`)}</span>
            {': '}
            {t('declaredValue')} <bdi dir="auto">{choice.declared}</bdi>
            {' · '}
            {t('printedValue')} {choice.printed === null ? t('notPrinted') : <bdi dir="auto">{choice.printed}</bdi>}
            {' · '}
            <strong>{t(choice.chosen === 'declared' ? 'keptDeclared' : 'keptPrinted')}</strong>
          </li>
        ))}
      </ul>
    </section>
  );
}
