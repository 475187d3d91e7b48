import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from './decode';
import { ingestFile } from './index';

const utf8 = (s: string) => new TextEncoder().encode(s);
const ARABIC = 'نائب وزير الخارجية الأمريكي يزور باكستان لبحث مكافحة الإرهاب';
const PERSIAN = 'لوی درستیز اردوی پاکستان در دیدار با مقامهای ایالات متحده گفتگو کرد';
const VIETNAMESE = 'Mỹ tăng cường hợp tác chống khủng bố với Pakistan';

function decoded(bytes: Uint8Array) {
  const r = decodeBytes(bytes);
  if (!r.ok) throw new Error(r.error);
  return r;
}

describe('decodeBytes: encodings', () => {
  it('reads plain UTF-8', () => {
    expect(decoded(utf8(VIETNAMESE))).toEqual({ ok: true, text: VIETNAMESE, encoding: 'utf-8' });
  });

  it('drops a UTF-8 byte-order mark', () => {
    const r = decoded(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(ARABIC)]));
    expect(r.text).toBe(ARABIC);
    expect(r.encoding).toBe('utf-8');
  });

  it('reads UTF-16 LE and BE with a BOM', () => {
    const le = iconv.encode(ARABIC, 'utf-16le');
    const be = iconv.encode(ARABIC, 'utf-16be');
    expect(decoded(new Uint8Array([0xff, 0xfe, ...le]))).toMatchObject({ text: ARABIC, encoding: 'utf-16le' });
    expect(decoded(new Uint8Array([0xfe, 0xff, ...be]))).toMatchObject({ text: ARABIC, encoding: 'utf-16be' });
  });

  it('recognises UTF-16 LE without a BOM from its NUL pattern', () => {
    const text = 'US and Pakistan agree to expand counterterrorism cooperation';
    expect(decoded(new Uint8Array(iconv.encode(text, 'utf-16le')))).toMatchObject({ text, encoding: 'utf-16le' });
  });

  it('detects legacy windows-1256 Arabic and Persian', () => {
    expect(decoded(new Uint8Array(iconv.encode(ARABIC, 'windows-1256')))).toMatchObject({ text: ARABIC, encoding: 'windows-1256' });
    // windows-1256 has no Persian yeh (ی): legacy Persian files were written with Arabic ي.
    const legacyPersian = PERSIAN.replace(/ی/g, 'ي');
    expect(decoded(new Uint8Array(iconv.encode(legacyPersian, 'windows-1256')))).toMatchObject({
      text: legacyPersian,
      encoding: 'windows-1256',
    });
  });

  it('detects legacy windows-1252 Western text', () => {
    const text = 'Le ministre français a rencontré son homologue à Genève; Müller était présent.';
    expect(decoded(new Uint8Array(iconv.encode(text, 'windows-1252')))).toMatchObject({ text, encoding: 'windows-1252' });
  });

  it('turns CRLF and lone CR into LF', () => {
    expect(decoded(utf8('a line\r\nnext line\rlast')).text).toBe('a line\nnext line\nlast');
  });

  it('normalises decomposed Vietnamese to NFC', () => {
    const decomposed = VIETNAMESE.normalize('NFD');
    expect(decomposed).not.toBe(VIETNAMESE);
    expect(decoded(utf8(decomposed)).text).toBe(VIETNAMESE);
  });

  it('ingests a windows-1256 article end to end', () => {
    const page = [
      ARABIC,
      'الثلاثاء 17/سبتمبر/2024 - 03:34 م',
      'التقى نائب وزير الخارجية الأمريكي جون باس خلال زيارته إلى باكستان، مع وزير الخارجية إسحاق دار.',
    ].join('\r\n');
    const r = ingestFile(new Uint8Array(iconv.encode(page, 'windows-1256')), 'legacy.txt');
    expect(r).toMatchObject({ ok: true, encoding: 'windows-1256', title: ARABIC, publishedAt: '2024-09-17', language: 'ar' });
  });
});

describe('decodeBytes: refusals', () => {
  const refusal = (bytes: Uint8Array, maxBytes?: number) => {
    const r = decodeBytes(bytes, maxBytes);
    if (r.ok) throw new Error('expected a refusal');
    expect(r.error).toMatch(/\.\s/); // what was wrong. what to do.
    return r;
  };

  it('refuses an empty file', () => {
    expect(refusal(new Uint8Array()).reason).toBe('empty');
  });

  it('refuses a whitespace-only file', () => {
    expect(refusal(utf8(' \n\t\r\n  ')).reason).toBe('empty');
  });

  it('refuses a file without letters', () => {
    expect(refusal(utf8('123 456 — 789 !!!')).reason).toBe('no-text');
  });

  it.each([
    ['PNG', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13], /PNG/],
    ['JPEG', [0xff, 0xd8, 0xff, 0xe0, 0, 16], /JPEG/],
    ['GIF', [...utf8('GIF89a'), 1, 0], /GIF/],
    ['PDF', [...utf8('%PDF-1.7\n')], /PDF/],
    ['ZIP', [0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0], /ZIP/],
    ['gzip', [0x1f, 0x8b, 8, 0], /gzip/],
    ['ELF', [0x7f, 0x45, 0x4c, 0x46, 2, 1, 1], /ELF/],
  ])('refuses %s bytes whatever the file is called', (_name, bytes, message) => {
    const r = refusal(new Uint8Array([...bytes, ...utf8(' some trailing text to look like content')]));
    expect(r.reason).toBe('binary');
    expect(r.error).toMatch(message);
  });

  it('refuses a Windows program', () => {
    const pe = new Uint8Array(128);
    pe.set([0x4d, 0x5a, 0x90, 0]);
    expect(refusal(pe).reason).toBe('binary');
  });

  it('refuses text with NUL bytes or many control bytes', () => {
    expect(refusal(new Uint8Array([...utf8('hello world'), 0, ...utf8('more text here')])).reason).toBe('binary');
    const noisy = new Uint8Array(400).map((_, i) => (i % 5 === 0 ? 0x03 : 0x61));
    expect(refusal(noisy).reason).toBe('binary');
  });

  it('refuses a file over the default 5 MB limit, and over a given maxBytes', () => {
    const big = new Uint8Array(5 * 1024 * 1024 + 1).fill(0x61);
    expect(refusal(big).reason).toBe('too-large');
    const r = refusal(utf8('a'.repeat(2000)), 1000);
    expect(r.reason).toBe('too-large');
    expect(r.error).toMatch(/limit/);
  });

  it('reports refusals through ingestFile with the raw hash', () => {
    const r = ingestFile(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), 'uploads/photo.txt');
    expect(r).toMatchObject({ ok: false, file: 'photo.txt', reason: 'binary', encoding: null });
    expect(r.sha256).toMatch(/^[0-9a-f]{64}$/);
  });
});
