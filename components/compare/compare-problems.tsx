import { getTranslations } from 'next-intl/server';
import type { CompareProblem } from '@/lib/compare';

/**
 * Each id of the link that was left out, and why; never a failure of the whole page. Ids are
 * isolated left to right in a <bdi>, as a mistyped one may hold any letters, bidi controls included.
 */
const id = (chunks: React.ReactNode) => <bdi dir="ltr">{chunks}</bdi>;

export async function CompareProblems({ problems }: { problems: CompareProblem[] }) {
  if (problems.length === 0) return null;
  const t = await getTranslations('Reading.compare.problems');
  return (
    <ul
      role="alert"
      className="mb-4 list-disc space-y-1 rounded border border-amber-300 bg-amber-50 p-3 ps-8 text-amber-950"
      data-testid="compare-problems"
    >
      {problems.map((problem, index) => (
        <li key={index} data-problem={problem.kind}>
          {problem.kind === 'tooMany'
            ? t.rich('tooMany', { ids: problem.dropped.join(', '), id })
            : t.rich(problem.kind, { value: problem.value, id })}
        </li>
      ))}
    </ul>
  );
}
