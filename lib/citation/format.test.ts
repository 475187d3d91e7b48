import { describe, expect, it } from 'vitest';
import { formatCitation, isolate, normalisedDate, type CitationInput } from './format';

const labels = {
  unknownSource: 'Unknown outlet',
  printed: 'printed',
  normalised: 'date',
  accessed: 'accessed',
  noDate: 'no complete date',
};

const dari: CitationInput = {
  article: {
    source: null,
    title: 'افزایش حملات در پاکستان؛ عاصم منیر',
    direction: 'rtl',
    dateText: 'جمعه ۱۵ سرطان ۱۴۰۳',
    publishedAt: '2024-07-05',
    datePrecision: 'day',
  },
  permalink: 'https://example.org/en/articles/abcdefghjkmn/x',
  accessedOn: '2026-11-27',
  labels,
};

describe('formatCitation', () => {
  it('cites outlet, isolated original title, printed and normalised date, permalink and access date in order', () => {
    expect(formatCitation(dari)).toBe(
      'Unknown outlet. “\u2067افزایش حملات در پاکستان؛ عاصم منیر\u2069”. printed: \u2067جمعه ۱۵ سرطان ۱۴۰۳\u2069; date: 2024-07-05. https://example.org/en/articles/abcdefghjkmn/x. accessed: 2026-11-27.',
    );
  });

  it('adds a translated title in its own isolate, and says when no complete date is known', () => {
    const text = formatCitation({
      ...dari,
      article: {
        ...dari.article,
        source: 'VOV.VN',
        title: 'Mỹ tăng cường hợp tác',
        direction: 'ltr',
        dateText: 'ngày 13/1',
        publishedAt: null,
        datePrecision: null,
      },
      translatedTitle: { text: 'الولايات المتحدة تعزز التعاون', direction: 'rtl' },
    });
    expect(text).toContain('\u2066VOV.VN\u2069. “\u2066Mỹ tăng cường hợp tác\u2069” [\u2067الولايات المتحدة تعزز التعاون\u2069]');
    expect(text).toContain('printed: \u2066ngày 13/1\u2069; date: no complete date.');
  });

  it('leaves a blank translated title out', () => {
    expect(formatCitation({ ...dari, translatedTitle: { text: '  ', direction: 'ltr' } })).toBe(formatCitation(dari));
  });
});

describe('isolate and normalisedDate', () => {
  it('strips bidi controls that could break out of the isolate', () => {
    expect(isolate('Report\u202Egnp.exe\u2069', 'ltr')).toBe('\u2066Reportgnp.exe\u2069');
  });

  it('keeps only the precision the page printed', () => {
    expect(normalisedDate('2024-07-01', 'month')).toBe('2024-07');
    expect(normalisedDate('2024-01-01', 'year')).toBe('2024');
    expect(normalisedDate('2024-07-05', 'day')).toBe('2024-07-05');
    expect(normalisedDate(null, null)).toBeNull();
  });
});
