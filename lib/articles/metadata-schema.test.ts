import { describe, expect, it } from 'vitest';
import { checkMetadataForm, formValuesFromForm, formValuesOf, metadataFromForm } from './metadata-schema';

const form = (entries: [string, string][]) => {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
};
const errorsOf = (entries: [string, string][]) => {
  const result = checkMetadataForm(form(entries));
  if (result.ok) throw new Error('expected errors');
  return result.errors;
};

describe('checkMetadataForm', () => {
  it('names the bad country code of "countries mentioned"', () => {
    expect(
      errorsOf([
        ['countries', ''],
        ['countries', 'KE'],
        ['countries', 'xx'],
      ]),
    ).toEqual([{ field: 'countries', key: 'notCountry', values: { code: 'xx' } }]);
  });

  it('names the bad side of a country pair, and a pair of one country', () => {
    expect(
      errorsOf([
        ['pairA', 'KE'],
        ['pairB', 'QQ'],
      ]),
    ).toEqual([{ field: 'pairB', key: 'notCountry', values: { code: 'QQ' } }]);
    expect(
      errorsOf([
        ['pairA', ''],
        ['pairB', 'SO'],
      ]),
    ).toEqual([{ field: 'pairA', key: 'pairIncomplete', values: { code: '' } }]);
    expect(
      errorsOf([
        ['pairA', 'KE'],
        ['pairB', 'ke'],
      ]),
    ).toEqual([{ field: 'pairB', key: 'samePair', values: {} }]);
  });

  it('refuses an unknown language and a date that is not in the calendar', () => {
    expect(errorsOf([['language', 'und']])).toEqual([{ field: 'language', key: 'languageUnknown', values: {} }]);
    expect(errorsOf([['language', 'Arabic']])).toEqual([{ field: 'language', key: 'language', values: {} }]);
    expect(errorsOf([['publishedAt', '2024-02-30']])).toEqual([{ field: 'publishedAt', key: 'notDate', values: { value: '2024-02-30' } }]);
    expect(errorsOf([['publishedAt', '30.2.2024']])).toEqual([{ field: 'publishedAt', key: 'dateFormat', values: {} }]);
  });

  it('lists one error per field, in the order of the form', () => {
    const errors = errorsOf([
      ['countries', 'XX'],
      ['title', ' '],
      ['source', 'a'.repeat(301)],
      ['direction', 'up'],
    ]);
    expect(errors).toEqual([
      { field: 'title', key: 'required', values: {} },
      { field: 'direction', key: 'choice', values: {} },
      { field: 'source', key: 'tooLong', values: { max: 300 } },
      { field: 'countries', key: 'notCountry', values: { code: 'XX' } },
    ]);
  });

  it('accepts ticked boxes and a typed list alike', () => {
    const result = checkMetadataForm(
      form([
        ['countries', ''],
        ['countries', 'so'],
        ['countries', 'KE IQ'],
      ]),
    );
    expect(result).toEqual({ ok: true, patch: { countriesMentioned: ['IQ', 'KE', 'SO'] } });
    expect(metadataFromForm(form([['countries', '']])).countriesMentioned).toEqual([]);
    expect(metadataFromForm(form([])).countriesMentioned).toBeUndefined();
  });
});

describe('formValuesFromForm', () => {
  it('keeps every value as typed, even invalid ones', () => {
    const stored = formValuesOf({
      title: 'Old',
      language: 'en',
      direction: 'ltr',
      publishedAt: null,
      datePrecision: null,
      dateText: null,
      source: 'Old source',
      author: null,
      countryPair: ['KE', 'SO'],
      countriesMentioned: ['KE'],
    });
    const values = formValuesFromForm(
      form([
        ['title', 'New'],
        ['source', 'Daily Nation'],
        ['author', 'A. Writer'],
        ['pairA', 'IQ'],
        ['countries', ''],
        ['countries', 'XX'],
      ]),
      stored,
    );
    expect(values).toMatchObject({
      title: 'New',
      source: 'Daily Nation',
      author: 'A. Writer',
      pairA: 'IQ',
      pairB: 'SO',
      countries: ['XX'],
      language: 'en',
    });
  });
});
