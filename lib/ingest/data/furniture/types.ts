/**
 * Page furniture as phrases, one file per language. Phrases are matched after the cleaner's
 * folding (case, letter variants, digits, spaces), never inside prose: they are one signal among
 * the cleaner's features, not its method. To add a language, add a file like en.ts and list it in
 * index.ts; to teach a site's furniture, add its phrase under the kind it is.
 */
export interface FurniturePhrases {
  /** Headings that open a list of other articles ("Related", "Tin liên quan"): the article ends. */
  enders: readonly string[];
  /** Whole lines that are furniture wherever they stand (share, print, home, end markers). */
  lines: readonly string[];
  /** Labels that make a line furniture whatever follows them ("Tags:", "Đọc thêm:", "BREAKING |"). */
  labels: readonly string[];
  /** Words that make a short line a prompt (newsletters, apps, comment forms). */
  prompts: readonly string[];
  /** Social networks, which a follow prompt lists. */
  platforms: readonly string[];
  /** Verbs of following and joining: with two networks they make a line a follow prompt. */
  followVerbs: readonly string[];
  /**
   * Section names a site's navigation bar lists ("News", "Thời sự", "سياسة"): a line made of them
   * is a menu even when its separators were lost in saving.
   */
  sections: readonly string[];
  /** Copyright and licence wording. */
  copyright: readonly string[];
}
