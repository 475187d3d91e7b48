import { describe, expect, it } from 'vitest';
import { cleanArticle } from './clean';
import { pickArticleDate } from './date-choice';

const PROSE = [
  'The two governments agreed to share intelligence on armed groups operating along their common border, officials said after the meeting.',
  'Under the agreement, the border forces of both countries will hold monthly meetings and run joint patrols in the mountain districts.',
  'Human rights groups said the deal should be reviewed by parliament before the first patrols begin next year.',
];

/** The date chosen for a page made of these lines. */
const dateOf = (lines: readonly string[], solarHijriNumeric = false) =>
  pickArticleDate(cleanArticle(lines.join('\n')).blocks, { solarHijriNumeric });

describe('pickArticleDate', () => {
  it('takes the date line under the headline, not a date in the body', () => {
    const d = dateOf([
      'Home | World | Security',
      'Iraq and Turkey agree on a joint security centre',
      'Tuesday, 17 September 2024',
      ...PROSE,
      'The last meeting was held on 12 May 2023 in Ankara, where both sides signed a memorandum.',
    ]);
    expect(d).toMatchObject({
      publishedAt: '2024-09-17',
      datePrecision: 'day',
      dateParts: { year: 2024, month: 9, day: 17 },
      calendar: 'gregory',
      note: null,
    });
    expect(d.dateText).toBe('Tuesday, 17 September 2024');
    expect(d.confidence).toBeGreaterThan(0.5);
  });

  it('passes over the page clock at the top and the dates of a related list', () => {
    const page = [
      'Friday, 20 September 2024',
      'Home | World | Security',
      'Iraq and Turkey agree on a joint security centre',
      'By Jane Doe',
      'September 17, 2024',
      ...PROSE,
      'Most read',
      'Markets rally as oil prices fall — September 19, 2024',
      'Floods hit the north — September 18, 2024',
    ];
    expect(dateOf(page).publishedAt).toBe('2024-09-17');
    const noOwnDate = page.filter((l) => l !== 'September 17, 2024');
    const d = dateOf(noOwnDate);
    expect(d.publishedAt).toBeNull();
    expect(d.note).toMatch(/lists of other articles|page clocks/);
  });

  it('prefers the publication stamp to the update stamp', () => {
    const d = dateOf([
      'Iraq and Turkey agree on a joint security centre',
      'Updated: 19 September 2024',
      'Published: 17 September 2024',
      ...PROSE,
    ]);
    expect(d.publishedAt).toBe('2024-09-17');
  });

  it('reads a labelled publication date printed after the body', () => {
    const d = dateOf([
      'شنبه ۸ ثور ۱۴۰۳',
      'خانه',
      'افغانستان',
      'ایران و افغانستان بر تشدید مبارزه با قاچاق در مرز تأکید کردند',
      ...PROSE,
      'نشر شده: سه‌شنبه ۲۱ حمل ۱۴۰۳',
      'مطالب مرتبط',
    ]);
    expect(d).toMatchObject({ publishedAt: '2024-04-09', calendar: 'persian' });
  });

  it('falls back to the day named in the lead, keeping it yearless', () => {
    const d = dateOf([
      'Iran và Pakistan kí thỏa thuận an ninh',
      'Iran và Pakistan ngày 20/2 đã kí một thỏa thuận an ninh nhằm tăng cường hợp tác trong các hoạt động chống khủng bố.',
    ]);
    expect(d).toMatchObject({ publishedAt: null, datePrecision: null, dateParts: { day: 20, month: 2 }, dateText: 'ngày 20/2' });
    expect(d.note).toMatch(/without a year/);
    expect(d.confidence).toBeLessThanOrEqual(0.5);
  });

  it('never takes a full date from the body as the article’s', () => {
    const d = dateOf([
      'Iraq and Turkey agree on a joint security centre',
      'The agreement signed on 12 May 2023 in Ankara set up a joint committee to review border incidents every month.',
      ...PROSE,
    ]);
    expect(d.publishedAt).toBeNull();
    expect(d.dateText).toBeNull();
  });

  it('does not trust a date whose printed weekday is wrong, and says so', () => {
    const d = dateOf(['Iraq and Turkey agree on a joint security centre', 'Monday, 17 September 2024', ...PROSE]);
    expect(d.publishedAt).toBeNull();
    expect(d.note).toMatch(/weekday/);
  });

  it('gives no date when two different dates are equally likely', () => {
    const d = dateOf(['Iraq and Turkey agree on a joint security centre', '17 September 2024', '18 September 2024', ...PROSE]);
    expect(d.publishedAt).toBeNull();
    expect(d.note).toMatch(/equally likely/);
  });

  it('reports a Hijri date printed with its Gregorian twin in the Gregorian form', () => {
    const d = dateOf(['السودان وتشاد يتفقان على دوريات مشتركة على الحدود', 'تاريخ النشر: الأحد 14 رمضان 1445 هـ - 24 مارس 2024', ...PROSE]);
    expect(d).toMatchObject({ publishedAt: '2024-03-24', calendar: 'gregory', dateText: '24 مارس 2024' });
  });

  it('reads a date line right above the body of a page that prints no headline', () => {
    const d = dateOf(['17 September 2024', ...PROSE, 'Most read', 'Markets rally as oil prices fall — September 19, 2024']);
    expect(d.publishedAt).toBe('2024-09-17');
  });

  it('reports no date when none is printed', () => {
    expect(dateOf(['Iraq and Turkey agree on a joint security centre', ...PROSE])).toEqual({
      publishedAt: null,
      datePrecision: null,
      dateParts: null,
      dateText: null,
      calendar: null,
      confidence: 0,
      note: null,
    });
  });
});
