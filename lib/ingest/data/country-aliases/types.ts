/**
 * Shape of the per-language country tables. CLDR supplies each country's name in each language;
 * these tables add what CLDR lacks (short forms, abbreviations, adjectives, demonyms, older or
 * local spellings) and the context rules for forms that are also ordinary words or given names.
 */

export interface FormRule {
  /** The form as news text prints it (Latin forms are matched case-sensitively). */
  form: string;
  /** Words that, directly before the form, make it something else ("Latin" America). */
  notBefore?: readonly string[];
  /** Words that, directly after the form, make it something else ("Mỹ Tâm", "مصر است"). */
  notAfter?: readonly string[];
  /**
   * A Vietnamese one-syllable name that is also a word or a given name: 'short' is not taken
   * as the second part of a name ("Thúy Nga", "ông Anh"); 'ambiguous' also needs a lower-case
   * word or a comma before it ("nước Anh", "Mỹ, Anh").
   */
  vietnamese?: 'short' | 'ambiguous';
  /** A given name too (Jordan, Chad, Israel): not when a capitalised word follows it. */
  givenName?: boolean;
  /**
   * Also an ordinary word (Persian مالی "financial", Urdu شام "evening"): counts only next to
   * another country in a list ("مالی و نیجر") or after a word meaning country ("کشور مالی").
   */
  weak?: boolean;
  /** An Arabic-script stem that only counts with an adjective or plural ending (امریک → امریکی). */
  stem?: boolean;
  /**
   * Spelt like the capital of this other country (عمان: Oman, or Amman in Jordan): not a
   * mention in a dateline, or when the text otherwise names that other country.
   */
  cityOf?: string;
}

export type AliasEntry = string | FormRule;

export interface CountryAliasTable {
  /** Extra forms per ISO 3166-1 alpha-2 code. */
  aliases: Readonly<Record<string, readonly AliasEntry[]>>;
  /** CLDR names in this language that are not used as written (ambiguous, or better as an alias with a rule). */
  skipCldr?: readonly string[];
}
