import { getLocale, getTranslations } from 'next-intl/server';
import { AddToComparison } from '@/components/compare/add-to-comparison';
import { viewHref } from '@/components/filters/view-href';
import type { ArticleFilters } from '@/lib/articles/filters';
import {
  MAX_RELATED_WINDOW_DAYS,
  RELATED_WINDOW_PARAM,
  widerWindow,
  type RelatedCoverage as Related,
  type RelatedWindow,
} from '@/lib/articles/related';
import { sameDateReading } from '@/lib/articles/same-date';
import { slugify } from '@/lib/articles/slug';
import type { ArticleDetail, ArticleListItem } from '@/lib/articles/types';
import { formatArticleDate, languageName, pairName } from '@/lib/i18n/format';
import { Link } from '@/lib/i18n/navigation';

async function RelatedItem({ item, showLanguage = false }: { item: ArticleListItem; showLanguage?: boolean }) {
  const t = await getTranslations('Reading.related');
  const locale = await getLocale();
  const formattedDate = item.publishedAt ? formatArticleDate(item.publishedAt, item.datePrecision, locale) : null;
  const printedDate = item.dateText && !(formattedDate && sameDateReading(item.dateText, formattedDate)) ? item.dateText : null;
  return (
    <li
      className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1 border-b border-stone-200 py-2 last:border-b-0"
      data-related-id={item.id}
    >
      <div className="min-w-0 flex-1">
        <Link
          href={`/articles/${item.id}/${encodeURIComponent(slugify(item.title))}`}
          lang={item.language}
          dir={item.direction}
          className="text-sky-900 hover:underline"
        >
          {item.title}
        </Link>
        <div className="text-sm text-stone-700">
          {showLanguage && <span data-field="language">{languageName(item.language, locale)} · </span>}
          {item.publishedAt ? (
            <time dateTime={item.publishedAt} data-field="date">
              {formattedDate}
            </time>
          ) : (
            <span data-field="date">{t('noDate')}</span>
          )}
          {printedDate && (
            <>
              {' · '}
              <bdi lang={item.language} dir={item.direction}>
                {printedDate}
              </bdi>
            </>
          )}
          {item.source && (
            <>
              {' · '}
              <bdi>{item.source}</bdi>
            </>
          )}
        </div>
      </div>
      <AddToComparison item={{ id: item.id, title: item.title, language: item.language, direction: item.direction }} />
    </li>
  );
}

/** A link to the whole group in the reading room, when the list shows fewer than the group holds. */
function SeeAll({ shown, total, view, text }: { shown: number; total: number; view: ArticleFilters; text: string }) {
  if (total <= shown) return null;
  return (
    <p className="mt-1 text-sm">
      <Link href={viewHref(view)} className="text-sky-800 underline" data-testid="related-see-all">
        {text}
      </Link>
    </p>
  );
}

type Params = Record<string, string | string[] | undefined>;

/**
 * The ways to see more than the window holds: a wider window on this page (keeping the rest of its
 * address, such as the search words) and every article on the pair in the reading room.
 */
async function WidenLinks({ article, related, params }: { article: ArticleDetail; related: Related; params: Params }) {
  const t = await getTranslations('Reading.related');
  const locale = await getLocale();
  const wider = article.publishedAt ? widerWindow(related.windowDays) : null;
  if (!article.countryPair || !related.pairView) return null;
  const kept = Object.fromEntries(
    Object.entries(params).flatMap(([key, value]) =>
      key === RELATED_WINDOW_PARAM || value === undefined ? [] : [[key, Array.isArray(value) ? value : [value]]],
    ),
  ) as Record<string, string[]>;
  const pathname = `/articles/${article.id}/${encodeURIComponent(slugify(article.title))}`;
  return (
    <ul className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-sm" data-testid="related-more">
      {wider !== null && (
        <li>
          <Link
            href={{ pathname, query: { ...kept, [RELATED_WINDOW_PARAM]: String(wider) }, hash: 'related-heading' }}
            className="text-sky-800 underline"
            data-testid="related-widen"
          >
            {t('widen', { days: wider })}
          </Link>
        </li>
      )}
      <li>
        <Link href={viewHref(related.pairView)} className="text-sky-800 underline" data-testid="related-all-pair">
          {t('allOnPair', { pair: pairName(article.countryPair, locale) })}
        </Link>
      </li>
    </ul>
  );
}

/** Other articles on the same country pair around this one's date, by language; undated ones apart. */
export async function RelatedCoverage({
  article,
  related,
  asked,
  params,
}: {
  article: ArticleDetail;
  related: Related;
  /** The window the page's address asked for, and a value it could not use. */
  asked: RelatedWindow;
  params: Params;
}) {
  const t = await getTranslations('Reading.related');
  const locale = await getLocale();
  const days = related.windowDays;
  const { undated } = related;
  return (
    <section
      aria-labelledby="related-heading"
      className="no-print rounded border border-stone-300 bg-white p-4"
      data-testid="related-coverage"
    >
      <h2 id="related-heading" className="text-lg font-semibold">
        {t('heading', { days })}
      </h2>
      {asked.invalid !== null && (
        <p role="alert" className="mt-2 rounded border border-red-300 bg-red-50 p-2 text-sm text-red-900" data-testid="related-invalid">
          {t.rich('badWindow', {
            value: asked.invalid,
            max: MAX_RELATED_WINDOW_DAYS,
            days,
            code: (chunks) => (
              <bdi dir="ltr" className="font-mono">
                {chunks}
              </bdi>
            ),
          })}
        </p>
      )}
      {!article.countryPair ? (
        <p className="mt-2 text-stone-700">{t('noPair')}</p>
      ) : (
        <>
          <p className="mt-1 text-sm text-stone-700">{t('intro', { days, pair: pairName(article.countryPair, locale) })}</p>
          {!article.publishedAt && <p className="mt-2 text-stone-700">{t('thisUndated')}</p>}
          {article.publishedAt && related.groups.length === 0 && (
            <p className="mt-2 text-stone-700" data-testid="related-none">
              {t('none')}
            </p>
          )}
          {related.groups.map((group) => (
            <section
              key={group.language}
              className="mt-4"
              aria-labelledby={`related-${group.language}`}
              data-related-language={group.language}
            >
              <h3 id={`related-${group.language}`} className="font-semibold">
                {languageName(group.language, locale)}{' '}
                <span className="text-sm font-normal text-stone-700">({t('count', { count: group.total })})</span>
              </h3>
              <ul>
                {group.items.map((item) => (
                  <RelatedItem key={item.id} item={item} />
                ))}
              </ul>
              <SeeAll
                shown={group.items.length}
                total={group.total}
                view={group.view}
                text={t('seeAllLanguage', { language: languageName(group.language, locale) })}
              />
            </section>
          ))}
          {undated.total > 0 && (
            <section className="mt-4 border-t border-stone-200 pt-3" aria-labelledby="related-undated" data-testid="related-undated">
              <h3 id="related-undated" className="font-semibold">
                {t('undatedHeading')} <span className="text-sm font-normal text-stone-700">({t('count', { count: undated.total })})</span>
              </h3>
              <p className="text-sm text-stone-700">{t('undatedIntro')}</p>
              <ul>
                {undated.items.map((item) => (
                  <RelatedItem key={item.id} item={item} showLanguage />
                ))}
              </ul>
              <SeeAll shown={undated.items.length} total={undated.total} view={undated.view} text={t('seeAllUndated')} />
            </section>
          )}
          <WidenLinks article={article} related={related} params={params} />
        </>
      )}
    </section>
  );
}
