import { HighlightedText } from '@/components/list/highlighted-text';
import { overlayPassage, paragraphAnchor, passageInParagraph, passageRuns, type Passage } from '@/lib/passages';
import { highlight } from '@/lib/search/highlight';

/**
 * One paragraph of an article: its anchor (`#p-N`), the searched words marked, and the shared
 * passage (if it touches this paragraph) in a `<mark>`. Selection offsets are counted on this
 * element's text, so nothing but the paragraph's own text may be rendered inside it.
 */
export function ArticleParagraph({
  number,
  text,
  highlightWords,
  passage,
}: {
  number: number;
  text: string;
  highlightWords: ReadonlySet<string>;
  passage: Passage | null;
}) {
  const segments = highlightWords.size > 0 ? highlight(text, highlightWords) : [{ text, match: false }];
  const runs = passageRuns(overlayPassage(segments, passageInParagraph(passage, number, text.length)));
  return (
    <p id={paragraphAnchor(number)} data-paragraph={number} className="paragraph flex-1">
      {runs.map((run, index) =>
        run.inPassage ? (
          <mark key={index} className="passage-mark" data-passage="">
            <HighlightedText segments={run.segments} />
          </mark>
        ) : (
          <HighlightedText key={index} segments={run.segments} />
        ),
      )}
    </p>
  );
}
