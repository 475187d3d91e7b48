import { describe, expect, it } from 'vitest';
import { pickArticleDate } from './date-choice';

describe('pickArticleDate', () => {
  it('prefers the header date to body dates', () => {
    const d = pickArticleDate(['الثلاثاء 17/سبتمبر/2024 - 03:34 م'], ['في 12/05/2023 وقعت']);
    expect(d).toEqual({
      publishedAt: '2024-09-17',
      datePrecision: 'day',
      dateParts: { year: 2024, month: 9, day: 17 },
      dateText: 'الثلاثاء 17/سبتمبر/2024 - 03:34 م',
      calendar: 'gregory',
    });
  });

  it('falls back to the lead paragraphs, keeping a yearless date yearless', () => {
    const d = pickArticleDate([], ['Iran và Pakistan ngày 20/2 đã kí một thỏa thuận an ninh.']);
    expect(d).toMatchObject({ publishedAt: null, datePrecision: null, dateParts: { day: 20, month: 2 }, dateText: 'ngày 20/2' });
  });

  it('skips a date whose weekday is wrong', () => {
    const d = pickArticleDate(['Thứ Ba, 03/07/2023'], ['Hội nghị ngày 5/7 đã kết thúc.']);
    expect(d.dateText).toBe('ngày 5/7');
  });

  it('reports no date when none is printed', () => {
    expect(pickArticleDate(['Tin tức'], ['Không có ngày tháng nào.'])).toEqual({
      publishedAt: null,
      datePrecision: null,
      dateParts: null,
      dateText: null,
      calendar: null,
    });
  });
});
