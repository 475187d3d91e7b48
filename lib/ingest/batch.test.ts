import { describe, expect, it } from 'vitest';
import { ingestBatch, ingestFile, toDryRunJson } from './index';

const enc = (s: string) => new TextEncoder().encode(s);
const BODY = [
  'VOV.VN - Ngoại trưởng Mỹ khẳng định Mỹ cam kết thúc đẩy quan hệ an ninh với Pakistan nhằm loại bỏ các mối đe dọa.',
  'Phát biểu tại Islamabad, Ngoại trưởng Mỹ John Kerry ngày 13/1 khẳng định cam kết của Washington với khu vực.',
];

describe('ingestBatch duplicates', () => {
  const first = ['Mỹ tăng cường hợp tác chống khủng bố với Pakistan', '', ...BODY, 'Tin liên quan', 'Tin A', 'Tin A'].join('\n');
  // A re-scrape: other headline, a menu, a clock, CRLF, NFD text, extra spaces, different related list.
  const rescrape = [
    'Trang chủ | Thế giới | Quân sự',
    'Mỹ - Pakistan thúc đẩy hợp tác an ninh',
    'Thứ Tư, 14/01/2015 08:00',
    ...BODY.map((p) => `  ${p.normalize('NFD')}  `),
    'Mời quý độc giả theo dõi VOV.VN trên',
    'Tin liên quan',
    'Tin B',
  ].join('\r\n');
  const other = ['Iran và Pakistan kí thỏa thuận an ninh', '(VOV) - Thỏa thuận đưa ra các biện pháp chặt chẽ hơn đối phó với chủ nghĩa khủng bố và buôn lậu.'].join('\n');

  it('marks a re-scrape with a different header as a duplicate of the earlier file', () => {
    const results = ingestBatch([
      { name: 'a.txt', bytes: enc(first) },
      { name: 'b.txt', bytes: enc(rescrape) },
      { name: 'c.txt', bytes: enc(other) },
    ]);
    expect(results.map((r) => r.ok && r.duplicateOf)).toEqual([null, 'a.txt', null]);
    const [a, b] = results;
    expect(a?.ok && b?.ok && a.bodyHash === b.bodyHash && a.sha256 !== b.sha256).toBe(true);
  });

  it('marks a duplicate of a stored article with its id', () => {
    const stored = ingestFile(enc(first), 'stored.txt');
    if (!stored.ok) throw new Error(stored.error);
    const results = ingestBatch([{ name: 'new.txt', bytes: enc(rescrape) }], { knownBodies: new Map([[stored.bodyHash, 'article-42']]) });
    expect(results[0]).toMatchObject({ ok: true, duplicateOf: 'article-42' });
  });

  it('does not mark refused files or changed wording', () => {
    const changed = first.replace('nhằm loại bỏ', 'để loại bỏ');
    const results = ingestBatch([
      { name: 'a.txt', bytes: enc(first) },
      { name: 'b.txt', bytes: enc(changed) },
      { name: 'empty.txt', bytes: new Uint8Array() },
      { name: 'empty2.txt', bytes: new Uint8Array() },
    ]);
    expect(results.map((r) => (r.ok ? r.duplicateOf : r.reason))).toEqual([null, null, 'empty', 'empty']);
  });
});

describe('toDryRunJson', () => {
  const FIELDS = [
    'file', 'ok', 'error', 'title', 'language', 'direction', 'publishedAt', 'datePrecision', 'dateText', 'calendar', 'source',
    'author', 'countriesMentioned', 'countryPair', 'paragraphs', 'captions', 'sha256', 'encoding', 'duplicateOf', 'confidence',
    'dateNote',
  ];

  it('gives exactly the CLI fields for an article', () => {
    const r = ingestFile(enc(['Mỹ tăng cường hợp tác chống khủng bố với Pakistan', ...BODY].join('\n')), 'x/a.txt');
    const json = toDryRunJson(r);
    expect(Object.keys(json)).toEqual(FIELDS);
    expect(json).toMatchObject({ file: 'a.txt', ok: true, error: null, paragraphs: BODY, captions: [], countryPair: ['PK', 'US'], dateText: 'ngày 13/1' });
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });

  it('gives exactly the CLI fields for a refusal', () => {
    const json = toDryRunJson(ingestFile(new Uint8Array([0x50, 0x4b, 0x03, 0x04]), 'a.zip.txt'));
    expect(Object.keys(json)).toEqual(FIELDS);
    expect(json).toMatchObject({ ok: false, title: null, encoding: null });
    expect(json.error).toMatch(/ZIP/);
  });
});

describe('a page without a headline', () => {
  it('is titled by its opening words so it can still be listed and corrected', () => {
    const short = ingestFile(enc('vm'), 'hostname');
    expect(short.ok && short.title).toBe('vm');
  });
});
