import * as z from 'zod';
import { ARTICLE_ID_PATTERN } from '../articles/ids';

// Bidi overrides/isolates (Trojan Source) never belong in a title or note; ZWNJ/ZWJ do.
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;
const cleanText = (max: number) =>
  z
    .string()
    .max(max * 4)
    .transform((value) => value.replace(BIDI_CONTROLS, '').normalize('NFC').trim())
    .pipe(z.string().max(max));

/** The shape the article_translation table's CHECK accepts. */
const TAG_SHAPE = /^(?:[a-z]{2,3}|und)(?:-[A-Za-z0-9]{2,8})*$/;

/** A BCP 47 tag in its canonical form ("FA-af" -> "fa-AF"), or undefined when it is not one. */
export function canonicalLanguage(value: string): string | undefined {
  try {
    const [tag] = Intl.getCanonicalLocales(value.trim());
    return tag && TAG_SHAPE.test(tag) ? tag : undefined;
  } catch {
    return undefined;
  }
}

export const languageSchema = z
  .string()
  .max(35)
  .transform((value, context) => {
    const tag = canonicalLanguage(value);
    if (!tag) {
      context.addIssue({ code: 'custom', message: 'a BCP 47 language tag such as en, ar, fa-AF or vi' });
      return z.NEVER;
    }
    return tag;
  });

export const MAX_PARAGRAPHS = 2000;

/** A translation as it is stored, after its text was read into paragraphs (lib/translations/body.ts). */
export const translationInputSchema = z
  .object({
    articleId: z.string().regex(ARTICLE_ID_PATTERN, 'not an article id'),
    language: languageSchema,
    title: cleanText(500).pipe(z.string().min(1, 'a title is needed')),
    paragraphs: z
      .array(cleanText(50_000).pipe(z.string().min(1)))
      .min(1, 'the translation has no text')
      .max(MAX_PARAGRAPHS),
    note: z.union([cleanText(1000), z.null()]).transform((value) => (value ? value : null)),
  })
  .strict();

export type ValidTranslation = z.output<typeof translationInputSchema>;

/** A new alignment as the admin's form sends it; alignmentProblem checks it against the texts. */
export const alignmentSchema = z.array(z.coerce.number().int().min(0).max(MAX_PARAGRAPHS)).min(1).max(MAX_PARAGRAPHS);

/** Which translation an action is about. */
export const translationKeySchema = z.object({
  articleId: z.string().regex(ARTICLE_ID_PATTERN, 'not an article id'),
  language: languageSchema,
});
