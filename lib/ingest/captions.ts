/**
 * Photo captions and credits. A caption names its picture ("Ảnh: AP", "(Ảnh AFP)",
 * "عکس از آرشیف", "صورة أرشيفية", "Photo: Reuters", "- Hình 1"); prose rarely ends that way.
 */
import { countWords } from './text';

const PHOTO_WORD =
  '(?:Ảnh|ẢNH|Hình|Nguồn ảnh|Ảnh tư liệu|File photo|file photo|Archive photo|Photo|PHOTO|Photograph|Image|Picture|Credit|Video|' +
  'صورة|الصورة|صور|عکس|تصویر|تصاویر|فائل فوٹو|فائل تصویر|فوٹو|تصویر:)';
const AGENCY =
  '(?:AFP|AP|Reuters|REUTERS|EPA|Getty Images|Getty|Shutterstock|Xinhua|TTXVN|VNA|IRNA|ISNA|Anadolu|Pajhwok|دی‌پی‌ای|رويترز|أ ف ب|فرانس برس)';

const CAPTION_PATTERNS: readonly RegExp[] = [
  // Credit in parentheses at the end: "(Ảnh: AP)", "(Ảnh AFP)", "(Photo: Reuters)", "(صورة أرشيفية)".
  new RegExp(`\\(\\s*${PHOTO_WORD}(?![\\p{L}])[^()]{0,60}\\)\\s*[.。]?$`, 'u'),
  // Credit label at the end: "… Ảnh: Oananews", "… Photo: AFP/Getty".
  new RegExp(`(?:^|[.\\s])${PHOTO_WORD}\\s*:\\s*[^.:]{1,60}$`, 'u'),
  // Numbered illustration: "Nga - Mỹ … - Hình 1", "Photo 2".
  new RegExp(`(?:^|\\s)[-–—|]?\\s*${PHOTO_WORD}\\s*\\d{1,3}\\s*[.:]?$`, 'u'),
  // Caption opening with the label: "Ảnh: …", "Ảnh minh họa", "عکس: …", a gallery's "Ảnh 2/3: …".
  new RegExp(
    `^${PHOTO_WORD}\\s*(?:[\\d\\u06F0-\\u06F9\\u0660-\\u0669]{1,3}(?:\\s*/\\s*[\\d\\u06F0-\\u06F9\\u0660-\\u0669]{1,3})?\\s*)?[:：.\\-–]`,
    'u',
  ),
  /^(?:Ảnh|Hình) (?:minh họa|tư liệu|minh hoạ)\b/iu,
  /(?:Ảnh|Hình) minh (?:họa|hoạ)\.?\)?$/u,
  // Persian/Dari "photo by / from": "عکس از آرشیف", "عکس از رویترز".
  /(?:^|[.\s])(?:عکس|تصویر|عکس‌ها) از [^.]{1,40}$/u,
  // Arabic archive photo: "(أرشيفية)", "صورة أرشيفية".
  /(?:\(?\s*(?:صورة )?أرشيفية\s*\)?|\(\s*أرشيف\s*\))\s*\.?$/u,
  // Agency credit after a slash or in parentheses at the end: "(AFP/Getty Images)", "Reuters/Jane Doe".
  new RegExp(`\\(\\s*${AGENCY}(?:\\s*/\\s*[^()]{1,40})?\\s*\\)\\s*\\.?$`, 'u'),
];

export function isCaption(line: string): boolean {
  if (countWords(line) > 70) return false;
  return CAPTION_PATTERNS.some((re) => re.test(line));
}
