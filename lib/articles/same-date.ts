/** Words and digits only: case, punctuation and the kinds of space ICU prints do not change how a date reads. */
function reading(text: string): string {
  return text
    .normalize('NFKC')
    .toLocaleLowerCase()
    .replace(/[\p{P}\p{S}]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

/**
 * Whether the date the page printed reads the same as the normalised date in the reader's locale
 * ("June 18, 2024" twice): then a list shows it once. Digits are compared as printed, so that a
 * date in other digits than the interface's is still shown as the source wrote it.
 */
export function sameDateReading(printed: string, formatted: string): boolean {
  return reading(printed) === reading(formatted);
}
