import { describe, expect, it } from 'vitest';
import { accuracy, evaluate, type GoldEntry } from './evaluate';
import { ingestFile } from './index';
import type { IngestResult } from './types';

const PAGE = [
  'Home | World | Security',
  'Iraq and Turkey agree on a joint security centre',
  'By Jane Doe',
  'Tuesday, 17 September 2024',
  'The two governments agreed to share intelligence on armed groups operating along their common border, officials said.',
  'Under the agreement, the border forces of Iraq and Turkey will hold monthly meetings and run joint patrols in the mountains.',
  'Most read',
  'Floods hit the north — 13/9/2024',
].join('\n');

const GOLD: GoldEntry = {
  file: 'page.txt',
  language: 'en',
  direction: 'ltr',
  title: 'Iraq and Turkey agree on a joint security centre',
  publishedAt: '2024-09-17',
  dateText: 'Tuesday, 17 September 2024',
  calendar: 'gregory',
  author: 'Jane Doe',
  countryPair: ['IQ', 'TR'],
  countriesMentioned: ['IQ', 'TR'],
  firstBodyParagraph:
    'The two governments agreed to share intelligence on armed groups operating along their common border, officials said.',
  lastBodyParagraph:
    'Under the agreement, the border forces of Iraq and Turkey will hold monthly meetings and run joint patrols in the mountains.',
  bodyParagraphCount: 2,
  boilerplateParagraphs: ['Most read', 'Floods hit the north — 13/9/2024'],
  trapDates: ['13/9/2024'],
};

const results = (r: IngestResult) => new Map([[r.file, r]]);
const ingest = (text: string) => ingestFile(new TextEncoder().encode(text), 'page.txt');

describe('evaluate', () => {
  it('scores each labelled field once, optional fields only where the gold has them', () => {
    const e = evaluate([GOLD], results(ingest(PAGE)));
    expect(e.misses).toEqual([]);
    expect(e.total).toBe(14); // 15 fields less `source`, which this entry does not label
    expect(e.fields.source).toEqual({ correct: 0, total: 0 });
    expect(accuracy(e)).toBe(1);
  });

  it('reports each miss with what was read and what was wanted', () => {
    const wrong = { ...GOLD, title: 'Another headline', bodyParagraphCount: 3 };
    const e = evaluate([wrong], results(ingest(PAGE)));
    expect(e.misses).toEqual([
      { file: 'page.txt', field: 'title', got: GOLD.title, want: 'Another headline' },
      { file: 'page.txt', field: 'bodyParagraphCount', got: 2, want: 3 },
    ]);
    expect(e.correct).toBe(12);
  });

  it('counts a trap date taken as the date, but not a longer number that contains it', () => {
    const trapped = evaluate([{ ...GOLD, trapDates: ['17 September 2024'] }], results(ingest(PAGE)));
    expect(trapped.fields.trapDates).toEqual({ correct: 0, total: 1 });
    const inside = evaluate([{ ...GOLD, trapDates: ['7 September 2024'] }], results(ingest(PAGE)));
    expect(inside.fields.trapDates).toEqual({ correct: 1, total: 1 });
  });

  it('scores a refused file as missing every field but the ones that want nothing', () => {
    const refused = ingestFile(new Uint8Array(), 'page.txt');
    const e = evaluate([GOLD], results(refused));
    expect(e.fields.title.correct).toBe(0);
    expect(e.fields.boilerplate.correct).toBe(1);
  });

  it('refuses to score a gold entry that has no result', () => {
    expect(() => evaluate([GOLD], new Map())).toThrow(/No result for page.txt/);
  });
});
