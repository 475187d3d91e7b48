import { describe, expect, it } from 'vitest';
import { NEAR_DUPLICATE_SIMILARITY } from './fingerprint';
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
  const other = [
    'Iran và Pakistan kí thỏa thuận an ninh',
    '(VOV) - Thỏa thuận đưa ra các biện pháp chặt chẽ hơn đối phó với chủ nghĩa khủng bố và buôn lậu.',
  ].join('\n');

  it('marks a re-scrape with a different header as a duplicate of the earlier file', () => {
    const results = ingestBatch([
      { name: 'a.txt', bytes: enc(first) },
      { name: 'b.txt', bytes: enc(rescrape) },
      { name: 'c.txt', bytes: enc(other) },
    ]);
    expect(results.map((r) => r.ok && r.duplicateOf)).toEqual([null, 'a.txt', null]);
    expect(results.map((r) => r.ok && r.duplicateSimilarity)).toEqual([null, 1, null]);
    const [a, b] = results;
    expect(a?.ok && b?.ok && a.bodyHash === b.bodyHash && a.sha256 !== b.sha256).toBe(true);
  });

  it('does not mark refused files; changed wording is a near duplicate, not the same body', () => {
    const changed = first.replace('nhằm loại bỏ', 'để loại bỏ');
    const results = ingestBatch([
      { name: 'a.txt', bytes: enc(first) },
      { name: 'b.txt', bytes: enc(changed) },
      { name: 'empty.txt', bytes: new Uint8Array() },
      { name: 'empty2.txt', bytes: new Uint8Array() },
    ]);
    expect(results.map((r) => (r.ok ? r.duplicateOf : r.reason))).toEqual([null, 'a.txt', 'empty', 'empty']);
    const [a, b] = results;
    expect(a?.ok && b?.ok && a.bodyHash !== b.bodyHash).toBe(true);
    expect(b?.ok && b.duplicateSimilarity).toBeLessThan(1);
  });
});

describe('ingestBatch near duplicates', () => {
  const PARAGRAPHS = [
    'Officials from Pakistan and the United States met in Islamabad on Tuesday to review their cooperation against armed groups operating along the Afghan border.',
    'The two delegations agreed to widen the exchange of intelligence on cross-border movements and to train a new unit of border guards over the coming year.',
    'A spokesman for the foreign ministry said the talks had been frank and that both sides wanted to rebuild trust after months of strained relations.',
    'Analysts in the capital said the agreement could ease tensions, although previous plans of the same kind had stalled over funding and the sharing of sensitive data.',
    'The next round of talks is expected in Washington before the end of the year, when ministers are due to sign a formal memorandum on counterterrorism financing.',
  ];
  const original = ['Pakistan and US review security cooperation', '', ...PARAGRAPHS.flatMap((p) => [p, ''])].join('\n');
  // A syndicated copy: another site's headline, credit line and footer, one word edited.
  const syndicated = [
    'Islamabad, Washington to deepen counterterrorism ties',
    '',
    ...PARAGRAPHS.map((p) => p.replace('on Tuesday', 'this week')).flatMap((p) => [p, '']),
    'Copyright 2024 Example Wire. All rights reserved.',
  ].join('\n');
  const quoting = [
    'Iran and Pakistan agree on border patrols',
    '',
    'Iran and Pakistan signed an agreement on Sunday to step up patrols on their shared frontier after a series of attacks on border posts.',
    '',
    PARAGRAPHS[1]!,
    '',
    'Under the deal, the two countries will set up a hotline between their border commanders and hold joint exercises twice a year.',
    '',
    'Officials said smuggling of fuel and drugs had fed the violence, and that customs checks would be tightened on both sides of the crossing points.',
  ].join('\n');

  it('names the earlier file a syndicated copy nearly repeats, with the similarity', () => {
    const results = ingestBatch([
      { name: 'original.txt', bytes: enc(original) },
      { name: 'quoting.txt', bytes: enc(quoting) },
      { name: 'syndicated.txt', bytes: enc(syndicated) },
    ]);
    const [a, q, s] = results;
    expect(a).toMatchObject({ ok: true, duplicateOf: null, duplicateSimilarity: null });
    expect(q).toMatchObject({ ok: true, duplicateOf: null, duplicateSimilarity: null });
    expect(s).toMatchObject({ ok: true, duplicateOf: 'original.txt' });
    if (!s?.ok || !a?.ok) throw new Error('not ingested');
    expect(s.bodyHash).not.toBe(a.bodyHash);
    expect(s.duplicateSimilarity).toBeGreaterThanOrEqual(NEAR_DUPLICATE_SIMILARITY);
    expect(s.duplicateSimilarity).toBeLessThan(1);
    expect(toDryRunJson(s)).toMatchObject({ duplicateOf: 'original.txt', duplicateSimilarity: s.duplicateSimilarity });
  });

  it('compares with originals only, and is the same whatever else the batch holds', () => {
    const alone = ingestBatch([
      { name: 'original.txt', bytes: enc(original) },
      { name: 'syndicated.txt', bytes: enc(syndicated) },
    ]);
    const crowded = ingestBatch([
      { name: 'original.txt', bytes: enc(original) },
      ...Array.from({ length: 30 }, (_, i) => ({
        name: `other-${i}.txt`,
        bytes: enc(`Headline ${i}\n\n${PARAGRAPHS[i % 5]} Case ${i} of ${i * 7} in the register of the ministry.`),
      })),
      { name: 'syndicated.txt', bytes: enc(syndicated) },
      { name: 'syndicated-again.txt', bytes: enc(syndicated.replace('this week', 'on Monday')) },
    ]);
    const last = crowded.at(-1);
    expect(crowded.at(-2)).toMatchObject({
      duplicateOf: 'original.txt',
      duplicateSimilarity: alone[1]?.ok && alone[1].duplicateSimilarity,
    });
    expect(last).toMatchObject({ duplicateOf: 'original.txt' });
  });
});

describe('toDryRunJson', () => {
  const FIELDS = [
    'file',
    'ok',
    'error',
    'title',
    'language',
    'direction',
    'publishedAt',
    'datePrecision',
    'dateText',
    'calendar',
    'source',
    'author',
    'countriesMentioned',
    'countryPair',
    'paragraphs',
    'captions',
    'sha256',
    'encoding',
    'duplicateOf',
    'duplicateSimilarity',
    'confidence',
    'dateNote',
    'declared',
  ];

  it('gives exactly the CLI fields for an article', () => {
    const r = ingestFile(enc(['Mỹ tăng cường hợp tác chống khủng bố với Pakistan', ...BODY].join('\n')), 'x/a.txt');
    const json = toDryRunJson(r);
    expect(Object.keys(json)).toEqual(FIELDS);
    expect(json).toMatchObject({
      file: 'a.txt',
      ok: true,
      error: null,
      paragraphs: BODY,
      captions: [],
      countryPair: ['PK', 'US'],
      dateText: 'ngày 13/1',
    });
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
