/**
 * Language of an article from its script and distinctive letters and words:
 * vi, en (Latin script); ar, fa-AF (Dari), fa-IR, fa (Persian, variety unclear), ur, ps
 * (Arabic script); `und` when the text is too short or matches none of them.
 */
import type { Direction } from './types';

const RTL_LANGUAGES = new Set(['ar', 'fa', 'ur', 'ps', 'he', 'ckb', 'sd', 'ug', 'yi', 'dv']);

export function directionOf(language: string, text = ''): Direction {
  const base = language.split('-')[0] ?? '';
  if (RTL_LANGUAGES.has(base)) return 'rtl';
  if (language === 'und') {
    const { arabic, latin } = scriptCounts(text);
    return arabic > latin ? 'rtl' : 'ltr';
  }
  return 'ltr';
}

function count(text: string, re: RegExp): number {
  return text.match(re)?.length ?? 0;
}

function scriptCounts(text: string): { latin: number; arabic: number } {
  return { latin: count(text, /\p{Script=Latin}/gu), arabic: count(text, /\p{Script=Arabic}/gu) };
}

/** Letters only Vietnamese uses among Latin-script languages (hooks, dots below, ơ ư ă đ). */
const VIETNAMESE_LETTERS = /[ảạăằắẳẵặầấẩẫậđẻẽẹềếểễệỉĩịỏọồốổỗộơờớởỡợủũụưừứửữựỳỷỹỵ]/giu;
const ENGLISH_WORDS = /(?<![\p{L}])(?:the|and|of|to|in|is|that|for|on|with|was|said|by|from|has|have|are|were)(?![\p{L}])/giu;
/** Urdu letters (ٹ ڈ ڑ ں ے ھ ہ) and Pashto letters (ټ ډ ړ ښ ږ ځ څ ڼ ې ۍ). */
const URDU_LETTERS = /[\u0679\u0688\u0691\u06BA\u06D2\u06BE\u06C1]/gu;
const PASHTO_LETTERS = /[\u067C\u0689\u0693\u069A\u0696\u0681\u0685\u06BC\u06D0\u06CD]/gu;
/** Persian letters vs Arabic ones: Persian writes ی ک and has پ چ ژ گ; Arabic writes ي ك ة. */
const PERSIAN_LETTERS = /[\u067E\u0686\u0698\u06AF\u06CC\u06A9]/gu;
const ARABIC_LETTERS = /[\u064A\u0643\u0629\u0649]/gu;

function words(list: readonly string[]): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{M}])(?:${list.join('|')})(?![\\p{L}\\p{M}])`, 'gu');
}
const DIGIT = '[0-9\\u06F0-\\u06F9\\u0660-\\u0669]{1,2}\\s*';

/** Afghan usage: solar months by zodiac name, Afghan administrative and military words, spellings. */
const DARI_MARKERS = [
  words([`${DIGIT}(?:حمل|ثور|جوزا|سرطان|اسد|سنبله|میزان|عقرب|قوس|جدی|دلو|حوت)`]),
  words([
    'ولایت', 'ولایات', 'ولسوالی', 'ولسوالی‌ها', 'امریکا', 'امریکایی', 'تروریزم', 'تروریست‌ها', 'لوی درستیز', 'لوی څارنوالی',
    'پوهنتون', 'شاروالی', 'طیاره', 'طیاره‌های', 'طیاره های', 'پولیس', 'شفاخانه', 'اردوی ملی', 'ملکی', 'دهشت افگنان',
    'ریاست', 'امارت اسلامی', 'مسوولان', 'مقام‌های', 'قومندان', 'قوماندان', 'جنرال',
  ]),
];
/** Iranian usage: Iranian month names, Iranian spellings and institutions. */
const IRANIAN_MARKERS = [
  words([`${DIGIT}(?:فروردین|اردیبهشت|خرداد|تیر|مرداد|شهریور|مهر|آبان|آذر|دی|بهمن|اسفند)`]),
  words([
    'آمریکا', 'آمریکایی', 'تروریسم', 'استان', 'استانداری', 'شهرداری', 'دانشگاه', 'بیمارستان', 'پلیس', 'هواپیما', 'ارتش',
    'سپاه', 'خبرگزاری', 'ایرنا', 'ایسنا', 'تسنیم', 'جمهوری اسلامی', 'مجلس شورای اسلامی', 'سردار', 'ریاست جمهوری',
  ]),
];

function score(text: string, markers: readonly RegExp[]): number {
  return markers.reduce((sum, re) => sum + count(text, re), 0);
}

export function detectLanguage(text: string): string {
  const sample = text.length > 12000 ? text.slice(0, 12000) : text;
  const { latin, arabic } = scriptCounts(sample);
  if (Math.max(latin, arabic) < 20) return 'und';

  if (arabic > latin) {
    if (count(sample, PASHTO_LETTERS) / arabic > 0.01) return 'ps';
    if (count(sample, URDU_LETTERS) / arabic > 0.015) return 'ur';
    const persian = count(sample, PERSIAN_LETTERS);
    const arabicOnly = count(sample, ARABIC_LETTERS);
    if (arabicOnly >= persian) return 'ar';
    const dari = score(sample, DARI_MARKERS);
    const iranian = score(sample, IRANIAN_MARKERS);
    if (dari > iranian) return 'fa-AF';
    if (iranian > dari) return 'fa-IR';
    return 'fa';
  }
  if (count(sample, VIETNAMESE_LETTERS) / latin > 0.02) return 'vi';
  const wordCount = count(sample, /\p{L}+/gu);
  if (wordCount > 0 && count(sample, ENGLISH_WORDS) / wordCount > 0.06) return 'en';
  return 'und';
}

export interface LanguageReading {
  language: string;
  /** 0 to 1: how clearly the evidence points to this language. */
  confidence: number;
}

export function identifyLanguage(text: string): LanguageReading {
  const language = detectLanguage(text);
  return { language, confidence: language === 'und' ? 0 : language === 'fa' ? 0.5 : 0.9 };
}
