import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { paragraphsFromHtml, paragraphsFromText, parseTranslationFile, parseTranslationText } from './body';
import { TRANSLATION_MAX_BYTES } from './limits';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('paragraphsFromText', () => {
  it('takes one paragraph per line when no blank line separates blocks', () => {
    expect(paragraphsFromText('First line.\r\nSecond  line.\n\u202Ethird\n')).toEqual(['First line.', 'Second line.', 'third']);
  });
  it('joins hard-wrapped lines of a block when blank lines separate paragraphs', () => {
    expect(paragraphsFromText('Pakistan and the\nUnited States met.\n\n  \nThey agreed.\n')).toEqual([
      'Pakistan and the United States met.',
      'They agreed.',
    ]);
  });
  it('keeps ZWNJ inside Persian words and normalises to NFC', () => {
    expect(paragraphsFromText('می\u200Cخواهم\nVie\u0302\u0323t')).toEqual(['می\u200Cخواهم', 'Việt']);
  });
});

describe('paragraphsFromHtml', () => {
  it('reads block elements as paragraphs, skips scripts and navigation, decodes entities', () => {
    const html = `<!doctype html><html><head><title>Doc title</title><style>p{}</style></head><body>
      <nav><a href="/">Home</a></nav><h1>The headline</h1>
      <p>First &amp; <b>bold</b> paragraph.</p><div>Second<br>third</div><script>alert(1)</script>
      <ul><li>A point</li></ul></body></html>`;
    expect(paragraphsFromHtml(html)).toEqual({
      title: 'The headline',
      paragraphs: ['First & bold paragraph.', 'Second', 'third', 'A point'],
    });
  });
  it('falls back to the document title for the headline', () => {
    expect(paragraphsFromHtml('<title>Only a title</title><p>Body.</p>')).toEqual({ title: 'Only a title', paragraphs: ['Body.'] });
  });
});

describe('parseTranslationFile', () => {
  it('decodes legacy Arabic files with the ingester', () => {
    const result = parseTranslationFile('ar.txt', iconv.encode('سطر أول\nسطر ثان', 'windows-1256'));
    expect(result).toEqual({ ok: true, title: null, paragraphs: ['سطر أول', 'سطر ثان'], encoding: 'windows-1256' });
  });
  it('reads .html files as HTML', () => {
    expect(parseTranslationFile('t.html', bytes('<h1>T</h1><p>One</p><p>Two</p>'))).toEqual({
      ok: true,
      title: 'T',
      paragraphs: ['One', 'Two'],
      encoding: 'utf-8',
    });
  });
  it('refuses other file types, binaries, empty and oversized files with a sentence', () => {
    expect(parseTranslationFile('t.pdf', bytes('x'))).toMatchObject({
      ok: false,
      error: expect.stringContaining('not a .txt or .html file'),
    });
    expect(parseTranslationFile('t.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0]))).toMatchObject({
      ok: false,
      error: expect.stringContaining('PNG'),
    });
    expect(parseTranslationFile('t.txt', new Uint8Array())).toMatchObject({ ok: false, error: expect.stringContaining('empty') });
    expect(parseTranslationFile('t.txt', new Uint8Array(TRANSLATION_MAX_BYTES + 1).fill(0x61))).toMatchObject({
      ok: false,
      error: expect.stringContaining('MB'),
    });
    expect(parseTranslationFile('t.html', bytes('<script>x</script>'))).toMatchObject({
      ok: false,
      error: expect.stringContaining('no text'),
    });
  });
});

describe('parseTranslationText', () => {
  it('refuses empty text and reads pasted HTML as HTML', () => {
    expect(parseTranslationText(' \n ')).toMatchObject({ ok: false });
    expect(parseTranslationText('<html><body><p>A</p><p>B</p></body></html>')).toEqual({
      ok: true,
      title: null,
      paragraphs: ['A', 'B'],
      encoding: null,
    });
  });
});
