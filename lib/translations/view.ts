/** How the article page shows an article with translations: `view=` and `tl=` in its URL. */
export const READING_VIEWS = ['original', 'translation', 'both'] as const;
export type ReadingView = (typeof READING_VIEWS)[number];

export interface ReadingChoice {
  view: ReadingView;
  /** The translation shown (or offered), by language tag; null when there is none. */
  language: string | null;
}

type Params = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/**
 * The view a link asks for. Anything it cannot have falls back quietly: without translations
 * only the original exists; an unknown `tl` means the first translation; an unknown `view` the original.
 */
export function readingChoice(params: Params, languages: readonly string[]): ReadingChoice {
  if (languages.length === 0) return { view: 'original', language: null };
  const asked = first(params.tl)?.toLowerCase();
  const language = languages.find((tag) => tag.toLowerCase() === asked) ?? languages[0]!;
  const view = READING_VIEWS.find((v) => v === first(params.view)) ?? 'original';
  return { view, language };
}

/** The query of a link to another view, with what it carries over (the search words, a passage). */
export function readingQuery(choice: ReadingChoice, carried: Record<string, string>, languages: readonly string[]): Record<string, string> {
  return {
    ...carried,
    ...(choice.view !== 'original' && { view: choice.view }),
    ...(choice.view !== 'original' && languages.length > 1 && choice.language && { tl: choice.language }),
  };
}
