/** Larger than any article's text; below the 1 MB a server action accepts with the form. */
export const TRANSLATION_MAX_BYTES = 900 * 1024;
