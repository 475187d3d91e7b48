import { describe, expect, it } from 'vitest';
import { detectLanguage, directionOf, identifyLanguage } from './language';

describe('detectLanguage', () => {
  it.each([
    ['vi', 'Ngoại trưởng Mỹ khẳng định Mỹ cam kết thúc đẩy quan hệ an ninh với Pakistan nhằm loại bỏ các mối đe dọa.'],
    ['en', 'The United States and Pakistan agreed on Tuesday to expand intelligence sharing on militant groups in the region.'],
    ['ar', 'التقى نائب وزير الخارجية الأمريكي جون باس خلال زيارته إلى باكستان، مع وزير الخارجية إسحاق دار ورئيس أركان الجيش الباكستاني.'],
    [
      'fa-AF',
      'لوی درستیز اردوی پاکستان در دیدار با مقامهای ایالات متحده تلاش کرده که کمک امریکا را برای مبارزه با تروریزم در کشورش به دست آورد.',
    ],
    ['fa-AF', 'جمعه ۱۵ سرطان ۱۴۰۳ - پولیس ولایت کابل گفت که این حمله در ولسوالی پغمان رخ داده است و چند نفر زخمی شده‌اند.'],
    ['fa-IR', 'وزیر کشور ایران در دیدار با همتای عراقی خود در تهران بر گسترش همکاری‌ها برای مبارزه با تروریسم و آمریکا تأکید کرد.'],
    ['fa-IR', '۱۵ تیر ۱۴۰۳ - پلیس استان تهران اعلام کرد که این حادثه در نزدیکی دانشگاه رخ داده است و مجروحان به بیمارستان منتقل شدند.'],
    ['fa', 'این یک متن کوتاه فارسی است که هیچ نشانه‌ای از گونه خاصی ندارد و فقط برای آزمایش نوشته شده است.'],
    ['ur', 'اسلام آباد میں ہونے والی ملاقات میں امریکی نائب وزیر خارجہ اور پاکستانی حکام نے سیکیورٹی تعاون پر بات کی۔'],
    ['und', 'xyz 123'],
    ['und', 'Lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor incididunt'],
  ])('%s: %s', (expected, text) => {
    expect(detectLanguage(text)).toBe(expected);
  });
});

describe('directionOf', () => {
  it('maps languages to directions', () => {
    expect(directionOf('ar')).toBe('rtl');
    expect(directionOf('fa-AF')).toBe('rtl');
    expect(directionOf('fa-IR')).toBe('rtl');
    expect(directionOf('ur')).toBe('rtl');
    expect(directionOf('vi')).toBe('ltr');
    expect(directionOf('en')).toBe('ltr');
  });

  it('falls back to the script for an undetermined language', () => {
    expect(directionOf('und', 'سلام')).toBe('rtl');
    expect(directionOf('und', 'hello')).toBe('ltr');
  });
});

describe('identifyLanguage: Dari and Iranian Persian by weighted evidence', () => {
  it('reads Dari from spellings and vocabulary without month names', () => {
    const text = 'مسوولان امنیتی در ولایت‌های هرات و بادغیس گفتند که کنترول سرحد و معلومات تجارتی میان دو کشور تبادله می‌شود.';
    expect(identifyLanguage(text).language).toBe('fa-AF');
  });

  it('reads Iranian Persian from an Iranian month after a day number', () => {
    expect(
      identifyLanguage('این نشست روز ۲۵ آبان ۱۴۰۲ در یکی از شهرهای مرزی کشور برگزار شد و دو طرف درباره همکاری گفت‌وگو کردند.').language,
    ).toBe('fa-IR');
  });

  it('leaves plain fa when the evidence is balanced, with middling confidence', () => {
    const reading = identifyLanguage(
      'مقام‌های پولیس ولایت و مقام‌های پلیس استان در این نشست درباره همکاری‌های مرزی دو کشور گفتند که کار ادامه دارد.',
    );
    expect(reading.language).toBe('fa');
    expect(reading.confidence).toBe(0.5);
  });

  it('is more confident with a wider margin', () => {
    const thin = identifyLanguage('پولیس ولایت هرات و مقام‌های امنیتی این کشور گفتند که کار ادامه دارد و نتیجه را اعلام می‌کنند به زودی.');
    const wide = identifyLanguage(
      '۱۵ سرطان ۱۴۰۳ - پولیس ولایت هرات گفت که در ولسوالی پشتون زرغون قوماندان امنیه و مسوولان امریکا را دیدند.',
    );
    expect(wide.language).toBe('fa-AF');
    expect(wide.confidence).toBeGreaterThan(thin.language === 'fa-AF' ? thin.confidence : 0);
  });

  it('gives und no confidence', () => {
    expect(identifyLanguage('xyz 123')).toEqual({ language: 'und', confidence: 0 });
  });
});

describe('identifyLanguage: the variety from the whole page', () => {
  it('reads a Dari site from the Afghan month names of its clock and date lines', () => {
    const body = 'دو کشور در نشستی در شهر مرزی توافق کردند که همکاری امنیتی خود را گسترش دهند و گذرگاه‌های مرزی را بیشتر بازرسی کنند.';
    expect(identifyLanguage(body).language).toBe('fa');
    const page = ['شنبه ۲۲ ثور ۱۴۰۳', 'صفحه نخست', body, 'نشر شده: ۲۰ ثور ۱۴۰۳', 'مطالب مرتبط', 'بازگشایی گذرگاه - ۱۸ ثور ۱۴۰۳'].join('\n');
    expect(identifyLanguage(body, page).language).toBe('fa-AF');
  });
});
