/**
 * Every entry of the date phrase tables does its job in the finder: a label before a date
 * classifies it, a relative phrase is found, a half-day or zone after a time joins the date.
 */
import { describe, expect, it } from 'vitest';
import { findDates } from '../dates';
import { WEEKDAYS } from '../months';
import { LABEL_CONNECTORS, PUBLISHED_LABELS, UPDATED_LABELS, type LabelLanguage } from './date-labels';
import {
  DAY_MONTH_CUES,
  MERIDIEM_MARKS,
  RELATIVE_DAYS,
  MERIDIEM_WORDS,
  RELATIVE_TIMES,
  TIME_CONNECTORS,
  YEAR_SUFFIXES,
  ZONE_ABBREVIATIONS,
} from './date-words';

const LANGUAGES: LabelLanguage[] = ['en', 'vi', 'ar', 'fa', 'ur'];
const DATE = '12/07/2023';

describe('date labels', () => {
  it('has published and updated labels for every language', () => {
    for (const lang of LANGUAGES) {
      expect(PUBLISHED_LABELS[lang].length).toBeGreaterThan(0);
      expect(UPDATED_LABELS[lang].length).toBeGreaterThan(0);
    }
  });

  it('never lists a phrase as both published and updated', () => {
    const published = new Set(LANGUAGES.flatMap((l) => PUBLISHED_LABELS[l]));
    expect(LANGUAGES.flatMap((l) => UPDATED_LABELS[l]).filter((p) => published.has(p))).toEqual([]);
  });

  for (const [table, label] of [
    [PUBLISHED_LABELS, 'published'],
    [UPDATED_LABELS, 'updated'],
  ] as const) {
    it.each(LANGUAGES.flatMap((lang) => table[lang].map((p) => [lang, p] as const)))(`%s "%s" labels a date ${label}`, (lang, phrase) => {
      expect(findDates(`${phrase}: ${DATE}`)[0]?.label).toBe(label);
      expect(findDates(`${phrase.toUpperCase()} ${DATE}`)[0]?.label).toBe(label);
      for (const connector of LABEL_CONNECTORS[lang]) {
        expect(findDates(`${phrase} ${connector} ${DATE}`)[0]?.label).toBe(label);
      }
    });
  }

  it('does not take a label inside a longer word', () => {
    expect(findDates(`Unpublished ${DATE}`)[0]?.label).toBeNull();
    expect(findDates(`Đăng ký ${DATE}`)[0]?.label).toBeNull();
  });
});

describe('relative times', () => {
  it.each(Object.entries(RELATIVE_TIMES))('%s: every unit, with a digit count', (_lang, grammar) => {
    for (const unit of grammar.units) {
      const lines = [...grammar.after.map((a) => `2 ${unit} ${a}`), ...grammar.before.map((b) => `${b} 3 ${unit}`)];
      for (const line of lines) expect(findDates(line), line).toEqual([expect.objectContaining({ text: line, relative: true })]);
    }
  });

  it.each(Object.entries(RELATIVE_TIMES))('%s: every joining word between two spans', (_lang, grammar) => {
    const [big, small] = [grammar.units[grammar.units.length - 1] ?? '', grammar.units[0] ?? ''];
    for (const and of grammar.and) {
      const lines = [
        ...grammar.after.map((a) => `2 ${big} ${and} 5 ${small} ${a}`),
        ...grammar.before.map((b) => `${b} 2 ${big} ${and} 5 ${small}`),
      ];
      for (const line of lines) expect(findDates(line), line).toEqual([expect.objectContaining({ text: line, relative: true })]);
    }
  });

  it.each(Object.entries(RELATIVE_TIMES))('%s: every count word and phrase', (_lang, grammar) => {
    const unit = grammar.units[grammar.units.length - 1] ?? '';
    const lines = [
      ...grammar.counts.flatMap((c) => [
        ...grammar.after.map((a) => `${c} ${unit} ${a}`),
        ...grammar.before.map((b) => `${b} ${c} ${unit}`),
      ]),
      ...grammar.phrases,
    ];
    for (const line of lines) expect(findDates(line), line).toEqual([expect.objectContaining({ text: line, relative: true })]);
  });
});

describe('time words', () => {
  it.each([...MERIDIEM_MARKS, ...MERIDIEM_WORDS])('half-day "%s" after a time joins the date', (mark) => {
    expect(findDates(`${DATE} 10:30 ${mark}`)[0]?.text).toBe(`${DATE} 10:30 ${mark}`);
  });

  it.each(MERIDIEM_WORDS)('time of day "%s" before a time joins the date', (word) => {
    expect(findDates(`${DATE} ${word} 10:30`)[0]?.text).toBe(`${DATE} ${word} 10:30`);
  });

  it.each(TIME_CONNECTORS)('connector "%s" joins a time to the date', (word) => {
    expect(findDates(`${DATE} ${word} 10:30`)[0]?.text).toBe(`${DATE} ${word} 10:30`);
  });

  it.each(ZONE_ABBREVIATIONS)('zone "%s" after a time joins the date, bare or in brackets', (zone) => {
    expect(findDates(`${DATE} 10:30 ${zone}`)[0]?.text).toBe(`${DATE} 10:30 ${zone}`);
    expect(findDates(`${DATE} 10:30 (${zone})`)[0]?.text).toBe(`${DATE} 10:30 (${zone})`);
  });

  it.each(YEAR_SUFFIXES)('year suffix "%s" joins the date', (suffix) => {
    expect(findDates(`${DATE}${suffix} -`)[0]?.text).toBe(`${DATE}${suffix}`);
    expect(findDates(`${DATE} ${suffix} -`)[0]?.text).toBe(`${DATE} ${suffix}`);
  });
});

describe('today and yesterday', () => {
  it.each(RELATIVE_DAYS)('"%s" with a time is a relative stamp', (word) => {
    expect(findDates(`${word} 10:30`)).toEqual([expect.objectContaining({ text: `${word} 10:30`, relative: true, hasTime: true })]);
    expect(findDates(`${word} ${word}`)).toEqual([]);
  });
});

describe('day/month cues', () => {
  it.each(DAY_MONTH_CUES)('"%s" before a bare day/month makes it a date, left out of its text', (cue) => {
    expect(findDates(`${cue} 14/11, hai bên`)).toEqual([expect.objectContaining({ text: '14/11', parts: { day: 14, month: 11 } })]);
  });

  it('a bare day/month without a cue is not a date', () => {
    expect(findDates('tỉ số 14/11, hai bên')).toEqual([]);
  });
});

describe('weekdays', () => {
  it.each(WEEKDAYS.map((w) => [w.name, w.day] as const))('%s is weekday %i', (name, day) => {
    // 16-22 July 2023 run Sunday to Saturday.
    const date = `${16 + day}/07/2023`;
    expect(findDates(`${name}, ${date}`)[0]).toMatchObject({ text: `${name}, ${date}`, hasWeekday: true, weekdayMismatch: false });
  });
});
