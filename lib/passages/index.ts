export {
  parsePassage,
  formatPassage,
  passageFits,
  paragraphAnchor,
  passageHref,
  passageInParagraph,
  overlayPassage,
  passageRuns,
} from './passage';
export type { Passage, PassageSegment } from './passage';
export { passageFromSelection } from './selection';
export type { TextPoint } from './selection';
