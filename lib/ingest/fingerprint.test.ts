import { describe, expect, it } from 'vitest';
import { foldedKey } from '../search/normalise';
import {
  BAND_COUNT,
  NEAR_DUPLICATE_SIMILARITY,
  SIGNATURE_LENGTH,
  bandKeys,
  fingerprint,
  foldedWords,
  shingleHashes,
  similarity,
} from './fingerprint';

const ARTICLE = [
  'Officials from Pakistan and the United States met in Islamabad on Tuesday to review their cooperation against armed groups operating along the Afghan border.',
  'The two delegations agreed to widen the exchange of intelligence on cross-border movements and to train a new unit of border guards over the coming year.',
  'A spokesman for the foreign ministry said the talks had been frank and that both sides wanted to rebuild trust after months of strained relations.',
  'Analysts in the capital said the agreement could ease tensions, although previous plans of the same kind had stalled over funding and the sharing of sensitive data.',
  'The next round of talks is expected in Washington before the end of the year, when ministers are due to sign a formal memorandum on counterterrorism financing.',
];

const OTHER = [
  'Iran and Pakistan signed an agreement on Sunday to step up patrols on their shared frontier after a series of attacks on border posts in Sistan-Baluchestan.',
  'Under the deal, the two countries will set up a hotline between their border commanders and hold joint exercises twice a year.',
  'Officials said smuggling of fuel and drugs had fed the violence, and that customs checks would be tightened on both sides of the crossing points.',
  'Human rights groups warned that tighter controls could hurt the livelihoods of families who have traded across the border for generations.',
];

const AR = [
  'بحث مسؤولون من باكستان والولايات المتحدة اليوم سبل تعزيز التعاون في مكافحة الإرهاب وتبادل المعلومات الأمنية بين البلدين.',
  'وقال المسؤولون إن التعاون سيشمل التدريب المشترك ومراقبة الحدود وتجفيف مصادر تمويل الجماعات المسلحة في المنطقة.',
  'وأضافوا أن الجولة المقبلة من المحادثات ستعقد في واشنطن قبل نهاية العام لتوقيع مذكرة تفاهم رسمية.',
];

describe('fingerprint', () => {
  it('is deterministic, 128 signed 32-bit integers, the same on every machine', () => {
    const signature = fingerprint(ARTICLE)!;
    expect(signature).toHaveLength(SIGNATURE_LENGTH);
    expect(signature.every((value) => Number.isInteger(value) && value >= -(2 ** 31) && value < 2 ** 31)).toBe(true);
    expect(fingerprint([...ARTICLE])).toEqual(signature);
    // Pinned: stored signatures are compared with new ones, so a change here needs a migration
    // that recomputes them all.
    expect(signature.slice(0, 4)).toEqual(PINNED_START);
    expect(bandKeys(signature)[0]).toBe(PINNED_BAND_KEY);
  });

  it('finds a re-scrape with a footer line left in, other wrapping and other case', () => {
    const wrapAt = ARTICLE[4]!.indexOf(' ', 80);
    const rescrape = [
      ...ARTICLE.slice(0, 2).map((p) => `  ${p.toUpperCase()}  `),
      // Two paragraphs run together, another hard-wrapped into two.
      `${ARTICLE[2]} ${ARTICLE[3]}`,
      ARTICLE[4]!.slice(0, wrapAt),
      ARTICLE[4]!.slice(wrapAt),
      'Follow us on Facebook for the latest news.',
    ];
    expect(similarity(fingerprint(ARTICLE), fingerprint(rescrape))).toBeGreaterThanOrEqual(NEAR_DUPLICATE_SIMILARITY);
  });

  it('folds Arabic-script variants, harakat, tatweel and digits, and Vietnamese NFD', () => {
    const variant = AR.map((p) => p.replaceAll('ي', 'ی').replaceAll('ك', 'ک').replace('المسؤولون', 'المسـؤولُون'));
    expect(similarity(fingerprint(AR), fingerprint(variant))).toBe(1);
    const vi = ['Ngoại trưởng Mỹ khẳng định cam kết thúc đẩy quan hệ an ninh với Pakistan ngày 13/1.'];
    expect(similarity(fingerprint(vi), fingerprint(vi.map((p) => p.normalize('NFD'))))).toBe(1);
    expect(similarity(fingerprint(['Năm ۱۴۰۳ và ١٤٠٣ và 1403 ở đây']), fingerprint(['Năm 1403 và 1403 và 1403 ở đây']))).toBe(1);
  });

  it('keeps apart an article that shares one paragraph with another', () => {
    const quoting = [...OTHER.slice(0, 3), ARTICLE[1]!, OTHER[3]!];
    const value = similarity(fingerprint(ARTICLE), fingerprint(quoting));
    expect(value).toBeLessThan(NEAR_DUPLICATE_SIMILARITY);
    expect(value).toBeGreaterThan(0);
    expect(similarity(fingerprint(ARTICLE), fingerprint(OTHER))).toBeLessThan(0.1);
  });

  it('keeps apart the same article with a fifth of it rewritten', () => {
    const rewritten = [...ARTICLE.slice(0, 4), OTHER[0]!];
    expect(similarity(fingerprint(ARTICLE), fingerprint(rewritten))).toBeLessThan(NEAR_DUPLICATE_SIMILARITY);
  });

  it('estimates the Jaccard similarity of the shingle sets closely', () => {
    for (const cut of [1, 2, 3, 4]) {
      const a = ARTICLE;
      const b = [...ARTICLE.slice(0, cut), ...OTHER.slice(cut)];
      const sa = shingleHashes(a);
      const sb = shingleHashes(b);
      const shared = [...sa].filter((h) => sb.has(h)).length;
      const exact = shared / (sa.size + sb.size - shared);
      expect(Math.abs(similarity(fingerprint(a), fingerprint(b)) - exact)).toBeLessThan(0.12);
    }
  });

  it('gives no signature for a body without words, and one for a body shorter than a shingle', () => {
    expect(fingerprint([])).toBeNull();
    expect(fingerprint(['', '  ', '… — ! ؟ ، ·'])).toBeNull();
    expect(similarity(null, fingerprint(ARTICLE))).toBe(0);
    expect(similarity(fingerprint(ARTICLE), [1, 2, 3])).toBe(0);
    expect(shingleHashes(['Kabul'])).toHaveProperty('size', 1);
    expect(similarity(fingerprint(['Kabul talks']), fingerprint(['KABUL, talks!']))).toBe(1);
    expect(similarity(fingerprint(['Kabul talks']), fingerprint(['Tehran talks']))).toBeLessThan(0.1);
  });
});

describe('foldedWords', () => {
  // The folds the search keys make (docs: "Search keys"), in every script the reading room holds.
  const SAMPLES = [
    'كيف = کیف; مدرسة = مدرسه; أفغانستان = افغانستان = افغانـــستان; مُحَمَّد = محمد',
    '۱۴۰۳ = ١٤٠٣ = 1403; Đà Nẵng, ĐÀ NẴNG; Ngoại trưởng Mỹ khẳng định',
    'پل بل گل کل; إيران وآسيا ٱلله; رئيس المؤتمر; خانۀ ما',
    'Officials\u00ADfrom\u200B Pakistan\u200E, the U.S. and ﬁve others — “quoted” (2024)',
    'می\u200Cخواهم; وزارت امور خارجه‌ی افغانستان',
    'اسلام آباد میں ١٢ جولائی کو پاکستان اور امریکہ کے حکام ملے',
  ];

  it('folds words as the search keys do', () => {
    for (const sample of SAMPLES) expect(foldedWords([sample]), sample).toEqual(foldedKey(sample).split(' '));
  });

  it('keeps apart letters the search keys keep apart', () => {
    expect(foldedWords(['پل گل'])).toEqual(['پل', 'گل']);
    expect(foldedWords(['بل کل'])).toEqual(['بل', 'کل']);
  });
});

describe('bandKeys', () => {
  it('gives one key per band, each band in its own range, none for no signature', () => {
    const keys = bandKeys(fingerprint(ARTICLE));
    expect(keys).toHaveLength(BAND_COUNT);
    keys.forEach((key, band) => {
      expect(Number.isSafeInteger(key)).toBe(true);
      expect(Math.floor(key / 2 ** 32)).toBe(band);
    });
    expect(bandKeys(null)).toEqual([]);
  });

  it('shares the bands whose values agree and no others', () => {
    const signature = fingerprint(ARTICLE)!;
    const changed = [...signature];
    changed[5] = changed[5]! + 1; // second band
    const a = bandKeys(signature);
    const b = bandKeys(changed);
    expect(a.filter((key, band) => key === b[band]).length).toBe(BAND_COUNT - 1);
    expect(a[1]).not.toBe(b[1]);
  });
});

const PINNED_START = [103969, 85553557, 94227780, 47570303];
const PINNED_BAND_KEY = 1455996299;
