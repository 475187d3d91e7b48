/**
 * Evidence that a Persian text is Dari (Afghanistan) or Iranian Persian, as data. Each list is
 * one kind of evidence with its weight: a month name next to a day number is near-certain,
 * a spelling is strong, a vocabulary word is a hint (each variety borrows the other's words).
 * Words are matched whole, as printed (آمریکا and امریکا differ only by the madda), with or
 * without a plural or adjective ending (ولایت‌های, ولایتهای, ولایتی).
 */

export interface VarietyEvidence {
  weight: number;
  /** Matched after a day number ("۱۵ سرطان"): the word alone is often an ordinary word. */
  afterDayNumber?: boolean;
  words: readonly string[];
}

export const DARI_EVIDENCE: readonly VarietyEvidence[] = [
  {
    // Afghan solar months, named after the zodiac (سرطان is also "cancer", جدی "serious").
    weight: 3,
    afterDayNumber: true,
    words: ['حمل', 'ثور', 'جوزا', 'سرطان', 'اسد', 'سنبله', 'سنبلهٔ', 'میزان', 'عقرب', 'قوس', 'جدی', 'دلو', 'حوت'],
  },
  {
    // Gregorian months as Afghan media spell them.
    weight: 2,
    afterDayNumber: true,
    words: ['جنوری', 'فبروری', 'مارچ', 'اپریل', 'جون', 'جولای', 'اگست', 'سپتمبر', 'اکتوبر', 'نومبر', 'دسمبر'],
  },
  {
    weight: 2,
    words: [
      'امریکا', 'امریکایی', 'تروریزم', 'ستراتیژی', 'ستراتیژیک', 'پروگرام', 'مسوول', 'مسوولان', 'مسوولین', 'ولسوالی',
      'ولسوالی‌ها', 'ولسوالی‌های', 'پوهنتون', 'پوهنځی', 'شاروالی', 'ښاروالی', 'څارنوالی', 'لوی درستیز', 'قوماندان',
      'قومندان', 'قوماندانی', 'قومندانی', 'طیاره', 'طیاره‌ها', 'شفاخانه', 'تذکره', 'سارنوالی', 'ولسی جرگه', 'مشرانو جرگه',
      'دهشت‌افگن', 'دهشت افگن', 'دهشت‌افگنان', 'افگن', 'جنرال', 'اردوی ملی', 'ملیشه', 'سرحد', 'سرحدی', 'سرحدات',
      'مسؤول', 'مسؤولان', 'مسؤولین', 'امور داخله', 'کنترول', 'تجارتی', 'معلومات', 'امنیه', 'پوسته',
    ],
  },
  {
    weight: 1,
    words: [
      'ولایت', 'ولایات', 'ولایتی', 'پولیس', 'موتر', 'موترها', 'ملکی', 'ملکی‌ها', 'مکتب', 'مکاتب', 'معارف', 'صحت عامه',
      'ریاست', 'رییس', 'روسای', 'امارت اسلامی', 'بخاطر', 'زون', 'جرگه', 'اردو', 'تبادله', 'آگاهان', 'حکومت سرپرست',
    ],
  },
];

export const IRANIAN_EVIDENCE: readonly VarietyEvidence[] = [
  {
    // Iranian solar months (تیر is also "arrow", مهر "seal", دی "yesterday"), after a day number.
    weight: 3,
    afterDayNumber: true,
    words: ['فروردین', 'اردیبهشت', 'خرداد', 'تیر', 'مرداد', 'شهریور', 'مهر', 'آبان', 'آذر', 'دی', 'بهمن', 'اسفند'],
  },
  {
    weight: 2,
    afterDayNumber: true,
    words: ['ژانویه', 'فوریه', 'مارس', 'آوریل', 'مه', 'ژوئن', 'ژوئیه', 'اوت', 'سپتامبر', 'اکتبر', 'نوامبر', 'دسامبر'],
  },
  {
    weight: 2,
    words: [
      'آمریکا', 'آمریکایی', 'تروریسم', 'استراتژی', 'استراتژیک', 'مسئول', 'مسئولان', 'مسئولین', 'شهرستان', 'دانشگاه',
      'شهرداری', 'دادستانی', 'دادستان', 'فرمانده', 'فرماندهی', 'هواپیما', 'بیمارستان', 'استانداری', 'استاندار', 'فرماندار',
      'سپاه', 'بسیج', 'مجلس شورای اسلامی', 'قوه قضاییه', 'ایرنا', 'ایسنا', 'تسنیم', 'ژنرال', 'ارتش', 'شبه‌نظامی', 'تومان',
      'وزارت کشور',
    ],
  },
  {
    weight: 1,
    words: [
      'استان', 'استان‌ها', 'استان‌های', 'پلیس', 'خودرو', 'خودروها', 'غیرنظامی', 'غیرنظامیان', 'مدرسه', 'آموزش و پرورش',
      'بهداشت', 'رئیس', 'رؤسای', 'جمهوری اسلامی', 'سردار', 'مرزبانی', 'انتظامی', 'گفت‌وگو', 'ریال', 'کنترل', 'تجاری',
      'کارشناسان',
    ],
  },
];
