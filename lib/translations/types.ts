import type { TextDirection } from '../db/generated/enums';

/** A translation attached to an article, as the reader and the admin pages show it. */
export interface ArticleTranslationView {
  id: string;
  language: string;
  direction: TextDirection;
  title: string;
  paragraphs: string[];
  /** For each paragraph, the original paragraph (from 0) it sits beside. */
  alignment: number[];
  note: string | null;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}
