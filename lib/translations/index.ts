export { alignedRows, alignmentProblem, defaultAlignment, describeAlignmentProblem } from './alignment';
export type { AlignedRow, AlignmentProblem } from './alignment';
export { parseTranslationFile, parseTranslationText, TRANSLATION_MAX_BYTES } from './body';
export { alignmentSchema, languageSchema, translationInputSchema, translationKeySchema } from './schema';
export type { TranslationInput, ValidTranslation } from './schema';
export { attachTranslation, deleteTranslation, listTranslations, realignTranslation } from './store';
export type { AttachResult, DeleteResult, RealignResult } from './store';
export type { ArticleTranslationView } from './types';
