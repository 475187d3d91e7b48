/**
 * A small multilingual demo set for machines without the shared corpus. The files are written the
 * way scraped pages look (headline, printed date, body) and go through the real ingester, so the
 * demo exercises the same path as an upload. Every article made from them is marked synthetic.
 */

type Lang = 'en' | 'vi' | 'ar' | 'fa-AF' | 'fa-IR';

const PAIRS: [string, string][] = [
  ['PK', 'US'],
  ['IR', 'PK'],
  ['RU', 'US'],
  ['AF', 'PK'],
  ['CN', 'PK'],
  ['IN', 'US'],
  ['IQ', 'US'],
  ['SA', 'US'],
];
const LANGS: Lang[] = ['en', 'vi', 'ar', 'fa-AF', 'fa-IR'];

const TEMPLATES: Record<Lang, { title: string; body: string[] }> = {
  en: {
    title: '{A} and {B} agree to expand counterterrorism cooperation',
    body: [
      'Officials from {A} and {B} met to discuss intelligence sharing and border security.',
      'The two delegations agreed to set up a joint working group on financing of armed groups.',
      'Analysts said the agreement could ease tensions that have strained relations between {A} and {B}.',
    ],
  },
  vi: {
    title: '{A} và {B} tăng cường hợp tác chống khủng bố',
    body: [
      'Các quan chức {A} và {B} đã gặp nhau để thảo luận về chia sẻ thông tin tình báo và an ninh biên giới.',
      'Hai phái đoàn nhất trí thành lập nhóm công tác chung về ngăn chặn nguồn tài chính của các nhóm vũ trang.',
      'Giới phân tích cho rằng thỏa thuận có thể giúp cải thiện quan hệ giữa {A} và {B}.',
    ],
  },
  ar: {
    title: '{A} و{B} تتفقان على توسيع التعاون في مكافحة الإرهاب',
    body: [
      'التقى مسؤولون من {A} و{B} لبحث تبادل المعلومات الاستخباراتية وأمن الحدود.',
      'واتفق الوفدان على تشكيل فريق عمل مشترك لمكافحة تمويل الجماعات المسلحة.',
      'وقال محللون إن الاتفاق قد يخفف التوتر في العلاقات بين {A} و{B}.',
    ],
  },
  'fa-AF': {
    title: '{A} و {B} همکاری در مبارزه با تروریزم را گسترش میدهند',
    body: [
      'مقامهای {A} و {B} در دیداری در مورد تبادل معلومات استخباراتی و امنیت سرحدات گفتوگو کردند.',
      'دو هیئت توافق کردند که یک گروه کاری مشترک برای مبارزه با تمویل گروه های مسلح ایجاد کنند.',
      'آگاهان میگویند این توافق میتواند تنش ها میان {A} و {B} را کاهش دهد.',
    ],
  },
  'fa-IR': {
    title: '{A} و {B} همکاری در مبارزه با تروریسم را گسترش می‌دهند',
    body: [
      'به گزارش خبرگزاری‌ها، مقامات {A} و {B} در دیداری درباره تبادل اطلاعات امنیتی و امنیت مرزها گفت‌وگو کردند.',
      'دو هیئت توافق کردند که یک گروه کاری مشترک برای مقابله با تأمین مالی گروه‌های مسلح تشکیل دهند.',
      'کارشناسان می‌گویند این توافق می‌تواند تنش‌ها میان {A} و {B} را کاهش دهد.',
    ],
  },
};

const DISPLAY_LOCALE: Record<Lang, string> = { en: 'en', vi: 'vi', ar: 'ar', 'fa-AF': 'fa-AF', 'fa-IR': 'fa-IR' };

function printedDate(date: Date, lang: Lang): string {
  const opts = { timeZone: 'UTC' } as const;
  switch (lang) {
    case 'en':
      return new Intl.DateTimeFormat('en-US', { ...opts, dateStyle: 'long' }).format(date);
    case 'vi': {
      const weekday = new Intl.DateTimeFormat('vi', { ...opts, weekday: 'long' }).format(date);
      const numeric = new Intl.DateTimeFormat('vi', { ...opts, day: '2-digit', month: '2-digit', year: 'numeric' }).format(date);
      return `${weekday.charAt(0).toUpperCase()}${weekday.slice(1)}, ${numeric}`;
    }
    case 'ar':
      return new Intl.DateTimeFormat('ar-EG-u-nu-latn', { ...opts, dateStyle: 'long' }).format(date);
    case 'fa-AF':
    case 'fa-IR':
      return new Intl.DateTimeFormat(`${lang}-u-ca-persian-nu-arabext`, { ...opts, dateStyle: 'long' }).format(date);
  }
}

/** Deterministic: the same files on every machine, so demo links stay meaningful. */
export function syntheticDemoFiles(count = 24): { name: string; bytes: Uint8Array }[] {
  const files: { name: string; bytes: Uint8Array }[] = [];
  const encoder = new TextEncoder();
  for (let i = 0; i < count; i++) {
    const lang = LANGS[i % LANGS.length]!;
    const [a, b] = PAIRS[(i * 3) % PAIRS.length]!;
    const names = new Intl.DisplayNames([DISPLAY_LOCALE[lang]], { type: 'region' });
    // Spread over 2023-2025; every seventh article has no printed date at all.
    const date = new Date(Date.UTC(2023 + (i % 3), (i * 5) % 12, 1 + ((i * 7) % 27)));
    const withDate = i % 7 !== 6;
    const fill = (text: string) => text.replaceAll('{A}', names.of(a) ?? a).replaceAll('{B}', names.of(b) ?? b);
    const template = TEMPLATES[lang];
    const body = template.body.map(fill);
    const lines = [fill(template.title), '', ...(withDate ? [printedDate(date, lang), ''] : []), ...body.flatMap((p) => [p, ''])];
    files.push({ name: `synthetic-${String(i).padStart(3, '0')}-${lang}.txt`, bytes: encoder.encode(lines.join('\n')) });
  }
  return files;
}
