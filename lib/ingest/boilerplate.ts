/**
 * Known page furniture, per language. Phrase lists are one signal among several (the cleaner
 * also uses line shape, repetition and position); they are matched against whole lines only,
 * never inside prose, so a paragraph that merely contains "share" or "چاپ" is safe.
 */
import { comparisonKey, countWords, foldForMatching } from './text';

/** Headings that open a list of other articles: everything after them is not the article. */
const SECTION_ENDERS = [
  // vi
  'tin liên quan', 'tin cùng chuyên mục', 'tin khác', 'các tin khác', 'bài liên quan', 'bài viết liên quan',
  'xem thêm', 'đọc thêm', 'tin đọc nhiều', 'đọc nhiều nhất', 'xem nhiều nhất', 'tiêu điểm', 'tin đang nóng',
  'tin mới nhất', 'tin mới', 'tin nổi bật', 'có thể bạn quan tâm', 'bạn thấy bài viết này có hữu ích không?',
  'bình luận', 'ý kiến bạn đọc', 'gửi bình luận', 'tin cùng sự kiện', 'tin đã đưa', 'xem nhiều', 'đọc nhiều',
  'tin đọc nhiều nhất', 'đọc nhiều nhất', 'tin xem nhiều',
  // en
  'related', 'related news', 'related articles', 'related stories', 'related content', 'related posts',
  'read more', 'read also', 'see also', 'more stories', 'more news', 'you may also like', 'you might also like',
  'recommended', 'recommended for you', 'most read', 'most popular', 'latest news', 'latest stories', 'trending',
  'comments', 'leave a comment', 'top stories', 'more from this section', 'popular', 'editor\'s picks', 'most viewed',
  // ar
  'اقرأ أيضا', 'اقرأ أيضاً', 'اقرأ أيضًا', 'إقرأ أيضا', 'اقرأ ايضا', 'أخبار ذات صلة', 'مواضيع ذات صلة', 'مقالات ذات صلة',
  'موضوعات ذات صلة', 'أخبار متعلقة', 'موضوعات متعلقة', 'الأكثر قراءة', 'الأكثر مشاهدة', 'آخر الأخبار',
  'التعليقات', 'تعليقات', 'أضف تعليق', 'قد يعجبك أيضا', 'أخبار مشابهة', 'المزيد من الأخبار', 'الأكثر تداولا',
  // fa
  'مطالب مرتبط', 'اخبار مرتبط', 'خبرهای مرتبط', 'مطالب بیشتر', 'بیشتر بخوانید', 'پربیننده‌ترین', 'پربازدیدترین',
  'پربیننده ترین', 'آخرین اخبار', 'نظرات', 'دیدگاه‌ها', 'گزارش‌های بیشتر', 'مطالب پیشنهادی', 'مطالب مشابه',
  'اخبار مشابه', 'بیشتر از این بخش', 'نظر شما', 'ارسال نظر', 'پربازدید', 'پربیننده', 'خبرهای مرتبط', 'برچسب‌ها',
  'پربیننده‌ترین‌ها', 'پربیننده ترین ها', 'پربازدیدترین‌ها', 'پربازدیدترین ها', 'داغ‌ترین‌ها',
  'یادداشت‌های مرتبط', 'یادداشت های مرتبط', 'گزارش‌های مرتبط', 'ویدیوهای مرتبط',
  // ur
  'متعلقہ خبریں', 'مزید خبریں', 'مزید پڑھیں', 'یہ بھی پڑھیں', 'تازہ ترین', 'مقبول خبریں', 'زیادہ پڑھی جانے والی', 'مقبول ترین', 'مقبول‌ترین', 'سب سے زیادہ پڑھی گئی',
];

/** Lines dropped wherever they appear: navigation, widgets, prompts, labels. */
const FURNITURE = [
  // vi
  'video đang hot', 'chia sẻ', 'in bài', 'bản in', 'lưu bài', 'trang chủ', 'quay lại', 'đăng nhập', 'đăng ký',
  'cỡ chữ', 'nghe bài viết', 'nghe đọc bài', 'tin nhanh', 'video', 'ảnh', 'có', 'có;', 'không', 'gửi', 'theo dõi',
  'quảng cáo', 'tắt quảng cáo', 'bấm để xem',
  // en
  'share', 'share this', 'share this article', 'print', 'email', 'e-mail', 'tweet', 'facebook', 'twitter', 'x',
  'whatsapp', 'telegram', 'linkedin', 'copy link', 'subscribe', 'advertisement', 'skip to content',
  'skip to main content', 'menu', 'home', 'sign in', 'log in', 'font size', 'listen to this article', 'breaking news',
  'zalo', 'google news', 'save', 'close',
  // ar
  'طباعة', 'مشاركة', 'شارك', 'إعلان', 'اعلان', 'حجم الخط', 'أرسل لصديق', 'نسخ الرابط', 'الرئيسية', 'عاجل', 'تكبير الخط',
  'تصغير الخط', 'أضف تعليقاً', 'استمع', 'شارك الخبر', 'شارك المقال', 'شارك هذا الخبر',
  // fa
  'لینک‌های قابل دسترسی', 'خبر تازه', 'چاپ', 'اشتراک گذاری', 'اشتراک‌گذاری', 'هم‌رسانی', 'صفحه اصلی',
  'برگشت به صفحه اصلی', 'پرش به محتوا', 'بازگشت به منوی اصلی', 'جستجو', 'آگهی', 'اندازه متن', 'پخش زنده', 'فوری',
  'ارسال به دوستان', 'کپی لینک', 'نسخه چاپی',
  // ur
  'شیئر کریں', 'پرنٹ', 'شیئر', 'اشتہار',
  // End-of-story markers of news agencies.
  'انتهای پیام', 'انتهای خبر', 'پایان پیام', 'پایان خبر', 'انتهى', 'ختم', 'end', 'hết', '-hết-',
];

/**
 * Labels that open a furniture line whatever follows them ("Đọc thêm: …", "Tags: …",
 * "BREAKING: …", "خبر فوری | …", "آخر تحديث: …"): read-also links, tag and keyword lists,
 * share and follow bars, tickers, update stamps, comment counts.
 */
const FURNITURE_LABELS = [
  // vi
  'đọc thêm', 'xem thêm', 'tin liên quan', 'từ khóa', 'từ khoá', 'tags', 'thẻ', 'chia sẻ', 'theo dõi', 'tin nóng', 'tin nhanh',
  'nóng', 'cập nhật', 'bình luận', 'ý kiến', 'sao chép liên kết', 'bài liên quan',
  // en
  'read more', 'read also', 'also read', 'see also', 'related', 'tags', 'topics', 'keywords', 'share', 'share this article',
  'share this', 'follow us', 'breaking', 'breaking news', 'just in', 'latest', 'updated', 'last updated', 'last modified on',
  'last modified', 'comments', 'privacy notice', 'advertisement', 'our standards', 'editing by', 'reporting by',
  'writing by', 'additional reporting by',
  // ar
  'اقرأ أيضا', 'اقرأ أيضاً', 'اقرأ ايضا', 'إقرأ أيضا', 'اقرأ المزيد', 'الكلمات المفتاحية', 'كلمات مفتاحية', 'الوسوم', 'وسوم',
  'مشاركة', 'شارك', 'شارك الخبر', 'شارك المقال', 'تابعونا', 'عاجل', 'آخر تحديث', 'تحديث', 'التعليقات', 'تعليقات', 'مواضيع ذات صلة', 'أخبار ذات صلة',
  // fa
  'بیشتر بخوانید', 'بخوانید', 'همچنین بخوانید', 'برچسب‌ها', 'برچسب ها', 'برچسبها', 'کلیدواژه‌ها', 'کلید واژه ها', 'تگ‌ها',
  'اشتراک گذاری', 'اشتراک‌گذاری', 'خبر فوری', 'فوری', 'آخرین اخبار', 'آخرین خبرها', 'به‌روزرسانی', 'بروزرسانی',
  'آخرین بروزرسانی', 'نظرات', 'دیدگاه‌ها', 'اندازه متن', 'اندازۀ متن', 'اندازه‌ی متن', 'مطالب مرتبط', 'اخبار مرتبط',
  // ur
  'یہ بھی پڑھیں', 'مزید پڑھیں', 'شیئر کریں', 'شیئر', 'ہمیں فالو کریں', 'فالو کریں', 'ٹیگز', 'بریکنگ نیوز', 'تازہ ترین',
  'متعلقہ خبریں', 'تبصرے',
];
const labelKeys = new Set(FURNITURE_LABELS.map(keyOf));
const LONGEST_LABEL = Math.max(...FURNITURE_LABELS.map((l) => l.length));
/** A label ends at a colon, a bar, a dash or an opening count: "Ý kiến (14)", "نظرات (۳)". */
const LABEL_END = /^(.{1,40}?)\s*(?::|：|\||—|–|\(\s*[\p{Nd}]+\s*\)\s*$)/u;

/** Copyright and licence lines: "© 2024 …", "All rights reserved", "جميع الحقوق محفوظة". */
const COPYRIGHT = /©|\bcopyright\b|all rights reserved|bản quyền|mọi quyền|حقوق محفوظ|الحقوق محفوظة|حقوق مادی و معنوی|جملہ حقوق|تمام حقوق/iu;

export function isFurniturePrefixed(line: string): boolean {
  if (COPYRIGHT.test(line) && countWords(line) <= 40) return true;
  const m = LABEL_END.exec(line.slice(0, LONGEST_LABEL + 8));
  return m !== null && labelKeys.has(keyOf(m[1] ?? ''));
}

const enderKeys = new Set(SECTION_ENDERS.map(keyOf));
const furnitureKeys = new Set(FURNITURE.map(keyOf));

/** Phrase key: comparison key without ZWNJ, spaces or trailing colon/arrows/ellipsis. */
function keyOf(line: string): string {
  return comparisonKey(line)
    .replace(/[\s:：»«›‹>…|/()\-–.]+$/u, '')
    .replace(/^[\s»«›‹>•·|/()\-–]+/u, '')
    .replace(/\s/g, '');
}

export function isSectionEnder(line: string): boolean {
  return line.length <= 60 && enderKeys.has(keyOf(line));
}

export function isFurniture(line: string): boolean {
  return line.length <= 60 && furnitureKeys.has(keyOf(line));
}

/** Font-size widgets ("XS SM MD LG", "A- A A+") and similar single-token controls. */
const FONT_WIDGET = /^(?:(?:XXS|XS|S|SM|M|MD|L|LG|XL|XXL|A|A\+|A-|A−|\+A|-A|[+−-])\s*)+$/u;

export function isWidget(line: string): boolean {
  return line.length <= 24 && FONT_WIDGET.test(line);
}

/**
 * Follow-us prompts in any wording: "Mời quý độc giả theo dõi VOV.VN trên", "Theo dõi VGT trên",
 * "Follow us on Twitter", "تابعونا على تويتر", "ما را در تلگرام دنبال کنید".
 */
const FOLLOW_PROMPTS = [
  /^(?:mời (?:quý )?(?:độc giả|bạn đọc|bạn) )?(?:theo dõi|follow) .{0,40}(?:trên|tại|qua)(?: .{0,40})?$/iu,
  /^follow (?:us|[\p{L}\p{N}.]+) on\b.{0,60}$/iu,
  /^(?:تابعونا|تابعوا|تابع) .{0,60}$/u,
  /^.{0,40}(?:دنبال کنید|فالو کریں|را دنبال کنید)[.!]?$/u,
  /^(?:subscribe to|sign up for) .{0,60}$/iu,
];

/**
 * Words that make a short line a prompt to do something with the site (newsletters, apps,
 * accounts, comments) rather than a sentence of the article, in every language we read.
 */
const PROMPT_WORDS = [
  // en
  'newsletter', 'newsletters', 'inbox', 'sign up', 'sign in', 'subscribe', 'download our app', 'create your account',
  'join the discussion', 'cookies', 'follow us',
  // vi
  'bản tin', 'nhận tin', 'tải ứng dụng', 'đăng ký nhận', 'hữu ích không',
  // ar
  'النشرة البريدية', 'النشرة الإخبارية', 'اشترك', 'اشتركوا', 'حمّل تطبيق', 'حمل تطبيق', 'قناتنا', 'تابعوا',
  // fa
  'خبرنامه', 'عضویت', 'اشتراک در', 'دانلود اپلیکیشن', 'کانال ما', 'پس از تأیید منتشر', 'پس از تایید منتشر',
  // ur
  'نیوز لیٹر', 'سائن اپ', 'سبسکرائب', 'ایپ ڈاؤن لوڈ',
  // Comment forms, in every language.
  'comments are closed', 'leave a comment', 'post a comment', 'your comment', 'ý kiến của bạn', 'viết bình luận',
  'gửi ý kiến', 'تعليقك', 'أضف تعليقك', 'اكتب تعليقك', 'دیدگاه شما', 'دیدگاه خود', 'نظر خود را', 'اپنا تبصرہ',
  'تبصرہ کریں', 'تبصرہ بھیجیں',
];

/** Social networks, whose names a follow prompt lists. */
const PLATFORMS = [
  'facebook', 'twitter', 'youtube', 'instagram', 'telegram', 'whatsapp', 'tiktok', 'linkedin', 'zalo', 'threads',
  'فیسبوک', 'فیس‌بوک', 'فیس بوک', 'ایکس', 'توییتر', 'تلگرام', 'یوتیوب', 'اینستاگرام', 'واتساپ',
  'فيسبوك', 'إكس', 'تويتر', 'يوتيوب', 'تلغرام', 'تيليجرام', 'إنستغرام', 'انستغرام', 'واتساب',
  'فیس بک', 'ٹویٹر', 'یوٹیوب', 'واٹس ایپ', 'انسٹاگرام', 'ٹیلیگرام',
];
/** Verbs of following and joining, which with two networks make a line a follow prompt. */
const FOLLOW_VERBS = [
  'follow', 'join', 'like us', 'theo dõi', 'tham gia', 'تابعونا', 'تابعوا', 'تابع', 'انضم', 'دنبال کنید', 'عضو شوید',
  'بپیوندید', 'فالو کریں', 'جوائن کریں', 'شامل ہوں',
];
const words = (list: readonly string[]) =>
  new RegExp(`(?<![\\p{L}])(?:${list.map((w) => foldForMatching(w).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\p{L}])`, 'giu');
const PLATFORM = words(PLATFORMS);
const FOLLOW_VERB = words(FOLLOW_VERBS);
/** A follow prompt that lists networks may run long ("Follow X on Facebook, X and YouTube and…"). */
const FOLLOW_LIST_MAX_WORDS = 40;

function isFollowList(folded: string): boolean {
  FOLLOW_VERB.lastIndex = 0;
  if (!FOLLOW_VERB.test(folded)) return false;
  const names = new Set((folded.match(PLATFORM) ?? []).map((n) => n.toLowerCase()));
  return names.size >= 2;
}
const PROMPT = new RegExp(`(?<![\\p{L}])(?:${PROMPT_WORDS.map((w) => foldForMatching(w).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\p{L}])`, 'iu');
/** A prompt is short: a long paragraph that mentions a newsletter is still the article's. */
const PROMPT_MAX_WORDS = 16;

export function isFollowPrompt(line: string): boolean {
  // Prompts are short; a long sentence that happens to start "Theo dõi…" is prose.
  const folded = foldForMatching(line);
  if (PROMPT.test(folded) && countWords(line) <= PROMPT_MAX_WORDS) return true;
  if (countWords(line) <= FOLLOW_LIST_MAX_WORDS && isFollowList(folded)) return true;
  return line.length <= 120 && countWords(line) <= 14 && FOLLOW_PROMPTS.some((re) => re.test(line));
}

/** Menus and breadcrumbs: several short items separated by |, •, ·, », ›, > or /. */
export function isMenu(line: string): boolean {
  // Items are separated by bars, bullets, arrows, slashes or runs of spaces (a scraped nav bar).
  const items = line.split(/\s*(?:\||•|·|»|›|>|\s\/\s|\s{2,})\s*/u).filter((s) => s.trim() !== '');
  if (items.length < 3 && !(items.length === 2 && /[»›>]/u.test(line))) return false;
  return items.every((item) => item.split(/\s+/u).length <= 4);
}

/** A sidebar headline printed twice with no separator: "Tin ATin A" / "Tin A Tin A". */
export function isDoubledHeadline(line: string): boolean {
  const n = line.length;
  if (n < 16) return false;
  for (const gap of [0, 1]) {
    if ((n - gap) % 2 !== 0) continue;
    const half = (n - gap) / 2;
    if (line.slice(0, half) === line.slice(half + gap) && (gap === 0 || /\s/u.test(line[half] ?? ''))) return true;
  }
  return false;
}
