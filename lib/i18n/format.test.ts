import { describe, expect, it } from 'vitest';
import { countryName, formatArticleDate, formatBucket, languageName, pairName } from './format';
import { languageDirection, localeDirection } from './locale';

describe('formatArticleDate', () => {
  it('uses the Afghan solar calendar and Persian digits for Dari readers', () => {
    expect(formatArticleDate('2024-07-05', 'day', 'fa-AF')).toBe('۱۵ سرطان ۱۴۰۳');
  });

  it('uses Gregorian dates elsewhere, as precise as the source printed', () => {
    expect(formatArticleDate('2024-09-17', 'day', 'en')).toBe('September 17, 2024');
    expect(formatArticleDate('2024-09-01', 'month', 'en')).toBe('September 2024');
    expect(formatArticleDate('2024-01-01', 'year', 'vi')).toBe('2024');
    expect(formatArticleDate('2024-09-17', 'day', 'ar')).toBe('١٧ سبتمبر ٢٠٢٤');
  });

  it('never shifts the day with the time zone', () => {
    expect(formatArticleDate('2024-12-31', 'day', 'en')).toBe('December 31, 2024');
  });

  it('labels histogram months in the reader calendar', () => {
    expect(formatBucket('2024-07', 'en')).toBe('July 2024');
    expect(formatBucket('2024', 'en')).toBe('2024');
    // ICU orders year-month this way for fa-AF; the bar covers a Gregorian month, named by the solar month holding its middle.
    expect(formatBucket('2024-07', 'fa-AF')).toBe('۱۴۰۳ سرطان');
  });
});

describe('names come from Intl.DisplayNames in the UI language', () => {
  it('names countries and pairs', () => {
    expect(countryName('PK', 'en')).toBe('Pakistan');
    expect(countryName('US', 'vi')).toBe('Hoa Kỳ');
    expect(pairName('PK-US', 'en')).toBe('Pakistan – United States');
    expect(pairName(['IR', 'PK'], 'ar')).toBe('إيران – باكستان');
  });

  it('names languages, Dari included', () => {
    expect(languageName('fa-AF', 'en')).toBe('Dari');
    expect(languageName('vi', 'ar')).toBe('الفيتنامية');
  });

  it('falls back to the code for values it does not know', () => {
    expect(countryName('XZ', 'en')).toBe('XZ');
  });
});

describe('direction', () => {
  it('maps UI locales and article languages', () => {
    expect(localeDirection('ar')).toBe('rtl');
    expect(localeDirection('fa-AF')).toBe('rtl');
    expect(localeDirection('vi')).toBe('ltr');
    expect(languageDirection('fa-IR')).toBe('rtl');
    expect(languageDirection('ur')).toBe('rtl');
    expect(languageDirection('und')).toBe('ltr');
  });
});
