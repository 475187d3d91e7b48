import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { setRequestLocale } from 'next-intl/server';
import { settings } from '@/lib/env';
import { pageLocale } from '@/lib/i18n/page-locale';

/**
 * The bench's floor (bench/bench.ts): a page of the reading room's shape and about its size, inside
 * the same layout and proxy, made from no data and no messages. Twenty entries, forty links. What
 * it costs per request is what any page here costs before its own work, and the bench prints every
 * view beside it. Served only while READING_ROOM_BENCH_FLOOR is 1, as the bench starts its server.
 */

export const metadata: Metadata = { title: 'Bench floor', robots: { index: false } };

const WORDS = (
  'security cooperation border patrol maritime agreement ministers counterterrorism exchange ' +
  'intelligence training joint exercise extradition treaty financing network surveillance ' +
  'delegation summit officials regional partners commitment framework meeting'
).split(' ');

const PAIRS = ['PK-US', 'AF-IR', 'VN-US', 'EG-SA', 'IQ-TR', 'FR-MA', 'DZ-FR', 'CN-PK'];

/** Deterministic words for entry `i`, so every request renders the same markup. */
const words = (i: number, count: number) => Array.from({ length: count }, (_, k) => WORDS[(i * 7 + k * 3) % WORDS.length]).join(' ');

const ENTRIES = Array.from({ length: 20 }, (_, i) => ({
  id: `bench${String(i).padStart(7, '0')}`,
  title: `${words(i, 9)} (${i + 1})`,
  snippet: words(i + 3, 100),
  date: `20${10 + (i % 15)}-0${1 + (i % 9)}-1${i % 10}`,
  source: `Source ${(i * 37) % 300}`,
  pair: PAIRS[i % PAIRS.length]!,
}));

/** A panel of the facets' shape and about their size, as text: the forty links are the entries'. */
const GROUPS = ['Country pair', 'Language', 'Country mentioned', 'Source'].map((name, g) => ({
  name,
  values: Array.from({ length: 15 }, (_, i) => ({ label: `${words(g * 15 + i, 3)} ${g}-${i}`, count: ((g + 1) * 997 * (15 - i)) % 5000 })),
}));

export default async function BenchFloorPage({ params }: { params: Promise<{ locale: string }> }) {
  await connection();
  if (!settings().READING_ROOM_BENCH_FLOOR) notFound();
  const locale = await pageLocale(params);
  setRequestLocale(locale);
  return (
    <div className="grid gap-x-6 lg:grid-cols-[18rem_1fr]">
      <aside aria-labelledby="floor-panel" className="min-w-0">
        <h2 id="floor-panel" className="mb-3 text-lg font-semibold">
          Panel
        </h2>
        <div className="space-y-4">
          {GROUPS.map((group) => (
            <section key={group.name} className="border-b border-stone-200 pb-4">
              <h3 className="mb-2 text-sm font-semibold tracking-wide text-stone-700 uppercase">{group.name}</h3>
              <ul className="space-y-1">
                {group.values.map((value) => (
                  <li key={value.label} data-match={value.label}>
                    <span className="flex items-center justify-between gap-2 rounded px-2 py-1 text-sm text-stone-800 hover:bg-stone-200">
                      <span className="flex items-center gap-2">
                        <span aria-hidden="true" className="inline-block w-3 text-center"></span>
                        <bdi>{value.label}</bdi>
                      </span>
                      <span className="tabular-nums" aria-label={`${value.count} articles`}>
                        {value.count}
                      </span>
                    </span>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>
      </aside>
      <section aria-labelledby="floor-heading" className="min-w-0">
        <h1 id="floor-heading" className="mb-4 text-2xl font-semibold">
          Bench floor: 20 entries, no data
        </h1>
        <ol className="space-y-3">
          {ENTRIES.map((entry) => (
            <li key={entry.id} className="rounded border border-stone-300 bg-white p-4" data-article-id={entry.id}>
              <h3 className="text-lg leading-snug font-semibold">
                <Link href={`/${locale}/articles/${entry.id}`} prefetch={false} className="text-sky-900 hover:underline">
                  {entry.title}
                </Link>
              </h3>
              <p className="mt-2 text-stone-800">{entry.snippet}</p>
              <dl className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm text-stone-700">
                <div>
                  <dt className="sr-only">Published</dt>
                  <dd>
                    <time dateTime={entry.date}>{entry.date}</time>
                  </dd>
                </div>
                <div>
                  <dt className="sr-only">Source</dt>
                  <dd>
                    <bdi>{entry.source}</bdi>
                  </dd>
                </div>
                <div>
                  <dt className="sr-only">Country pair</dt>
                  <dd className="font-medium">
                    <Link href={`/${locale}?pair=${entry.pair}`} prefetch={false} className="text-sky-900 hover:underline">
                      {entry.pair}
                    </Link>
                  </dd>
                </div>
              </dl>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
