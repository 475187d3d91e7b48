import { getTranslations } from 'next-intl/server';
import { isolate } from '@/lib/citation/format';
import type { CompareProblem } from '@/lib/compare';

/**
 * Each id of the link that was left out, and why; never a failure of the whole page. Ids are
 * isolated left to right, as a mistyped one may hold any letters.
 */
export async function CompareProblems({ problems }: { problems: CompareProblem[] }) {
  if (problems.length === 0) return null;
  const t = await getTranslations('Reading.compare.problems');
  return (
    <ul role="alert" className="mb-4 list-disc space-y-1 rounded border border-amber-300 bg-amber-50 p-3 ps-8 text-amber-950" data-testid="compare-problems">
      {problems.map((problem, index) => (
        <li key={index} data-problem={problem.kind}>
          {problem.kind === 'tooMany' ? t('tooMany', { ids: isolate(problem.dropped.join(', '), 'ltr') }) : t(problem.kind, { value: isolate(problem.value, 'ltr') })}
        </li>
      ))}
    </ul>
  );
}
