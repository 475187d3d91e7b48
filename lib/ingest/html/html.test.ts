import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { accuracy, evaluate, type GoldEntry } from '../evaluate';
import { ingestBatch, ingestFile } from '../index';
import { sniffFormat } from '../input';
import type { IngestedArticle, IngestResult } from '../types';
import { MAX_HTML_DEPTH } from './limits';

const fixtures = path.join(__dirname, 'fixtures');
const gold = JSON.parse(readFileSync(path.join(fixtures, 'gold.json'), 'utf8')) as GoldEntry[];
const pages = gold.map((entry) => ({ name: entry.file, bytes: new Uint8Array(readFileSync(path.join(fixtures, entry.file))) }));
const results = ingestBatch(pages);
const encode = (text: string) => new TextEncoder().encode(text);

function ok(result: IngestResult): IngestedArticle {
  if (!result.ok) throw new Error(`${result.file} was refused: ${result.error}`);
  return result;
}

/** Every text field of a result, as one string, to look for what must never come out. */
function allText(result: IngestedArticle): string {
  return JSON.stringify(result);
}

const article = (body: string, head = '') =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Ministers agree to share border intelligence</title>${head}</head><body>${body}</body></html>`;
const PARAGRAPHS = [
  'The interior ministers of the two countries agreed on Tuesday to share intelligence on armed groups operating along their common border, officials said.',
  'Under the agreement, liaison officers will be posted to each other’s border commands, and joint patrols will begin before the end of the year.',
  'Officials said the arrangement would be reviewed every six months by a joint committee meeting in each capital in turn.',
].map((p) => `<p>${p}</p>`);

describe('HTML pages', () => {
  it('are told by their bytes, not their names', () => {
    expect(sniffFormat(encode('<!DOCTYPE html><html><body>x</body></html>'))).toBe('html');
    expect(sniffFormat(encode('\uFEFF  \n<html lang="ar"><body>x</body></html>'))).toBe('html');
    expect(sniffFormat(new Uint8Array(iconv.encode('\uFEFF<!doctype html><p>x</p>', 'utf-16le')))).toBe('html');
    expect(sniffFormat(encode('<!-- saved from url=(0042)https://example.com/ -->\n<html><body>x</body></html>'))).toBe('html');
    expect(sniffFormat(encode('<div class="x">tag soup without a document</div>'))).toBe('html');
    expect(sniffFormat(encode('%PDF-1.7\n'))).toBe('pdf');
    expect(sniffFormat(encode('<<Breaking>> Ministers meet in Kabul\n\nText of the article.'))).toBe('text');
    expect(sniffFormat(encode('Headline\n\n<p> is how the page marks a paragraph.'))).toBe('text');
  });

  it('score on the fixtures (one per language) as their text versions do', () => {
    const evaluation = evaluate(gold, new Map(results.map((r) => [r.file, r])));
    expect(evaluation.files).toBe(6);
    expect(accuracy(evaluation)).toBeGreaterThanOrEqual(0.95);
    for (const field of [
      'title',
      'language',
      'publishedAt',
      'dateText',
      'firstBodyParagraph',
      'lastBodyParagraph',
      'bodyParagraphCount',
      'boilerplate',
    ] as const) {
      expect(accuracy(evaluation.fields[field]), field).toBe(1);
    }
  });

  it('never let scripts, frames, handlers or furniture reach any field', () => {
    for (const result of results.map(ok)) {
      const text = allText(result);
      for (const marker of [
        'INJECTED',
        'evil.example',
        'alert(',
        'javascript:',
        'onclick',
        'onerror',
        '<script',
        '<iframe',
        'window.location',
      ]) {
        expect(text, `${result.file}: ${marker}`).not.toContain(marker);
      }
      expect(result.paragraphs.join('\n')).not.toMatch(/cookie|ملفات تعريف الارتباط|Đồng ý|©/iu);
    }
  });

  it('put figure captions in captions, never in the body', () => {
    for (const result of results.map(ok)) {
      const page = new TextDecoder().decode(pages.find((p) => p.name === result.file)!.bytes);
      expect(result.captions.length, result.file).toBe(page.split('<figcaption').length - 1);
      for (const caption of result.captions) expect(result.paragraphs, result.file).not.toContain(caption);
    }
  });

  it('read the metadata each page declares', () => {
    const byFile = new Map(results.map((r) => [r.file, ok(r)]));
    const vi = byFile.get('vi-tuan-tra.html')!.declared!;
    expect(vi.format).toBe('html');
    expect(vi.metadata).toMatchObject({
      language: 'vi',
      datePublished: '2023-07-13T08:15:00+07:00',
      author: 'Như Tâm',
      publisher: 'Thời Báo Số',
    });
    expect(byFile.get('fa-ir-marz.html')!.declared!.metadata.publisher).toBe('روزنامه صبح ایرانیان');
    expect(byFile.get('ar-mukhaddirat.html')!.declared!.metadata).toMatchObject({
      datePublished: '2023-09-27T09:30:00+03:00',
      publisher: 'صحيفة المدار',
    });
    // The JSON-LD author is a list of people with profile links: their names are read, not the links.
    expect(byFile.get('en-sahel.html')!.declared!.metadata.author).toBe('Abdou Issa');
    // A page without JSON-LD or date metadata declares only its language and title.
    expect(Object.keys(byFile.get('fa-af-marz.html')!.declared!.metadata).sort()).toEqual(['language', 'pageTitle']);
  });

  it('keep the date the page prints when the declared one differs only by time zone, and say so', () => {
    // en-sahel prints 3:14 PM GMT+1 and declares the same moment in UTC (a day boundary could differ).
    const en = ok(results.find((r) => r.file === 'en-sahel.html')!);
    expect(en.publishedAt).toBe('2024-06-07');
    expect(en.dateText).toBe('June 7, 2024 3:14 PM GMT+1');
  });

  it('choose a declared, zoned publication date over a different printed one, keeping both', () => {
    const page = article(
      `<header><h1>Ministers agree to share border intelligence</h1><p>Published: March 3, 2021</p></header>${PARAGRAPHS.join('')}`,
      '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Ministers agree to share border intelligence","datePublished":"2021-03-09T10:00:00+04:30"}</script>',
    );
    const result = ok(ingestFile(encode(page), 'p.html'));
    expect(result.publishedAt).toBe('2021-03-09');
    expect(result.dateText).toBeNull();
    expect(result.declared!.choices).toContainEqual(
      expect.objectContaining({ field: 'publishedAt', declared: '2021-03-09T10:00:00+04:30', printed: '2021-03-03', chosen: 'declared' }),
    );
  });

  it('take a declared date when the page prints none, with the printed day and month when it prints those', () => {
    const head = '<meta property="article:published_time" content="2022-11-21T12:30:00+03:00">';
    const none = ok(
      ingestFile(encode(article(`<h1>Ministers agree to share border intelligence</h1>${PARAGRAPHS.join('')}`, head)), 'n.html'),
    );
    expect(none).toMatchObject({ publishedAt: '2022-11-21', datePrecision: 'day', dateText: null, calendar: 'gregory' });
    expect(none.declared!.choices).toContainEqual(expect.objectContaining({ field: 'publishedAt', chosen: 'declared', printed: null }));
  });

  it('trust the text over a template language, and the declaration where the text leaves the variety open', () => {
    const vi = ok(results.find((r) => r.file === 'vi-tuan-tra.html')!);
    expect(vi.language).toBe('vi');
    const templated = article(`<h1>Ministers agree to share border intelligence</h1>${PARAGRAPHS.join('')}`).replace(
      'lang="en"',
      'lang="fr"',
    );
    const result = ok(ingestFile(encode(templated), 't.html'));
    expect(result.language).toBe('en');
    expect(result.declared!.choices).toContainEqual(
      expect.objectContaining({ field: 'language', declared: 'fr', printed: 'en', chosen: 'printed' }),
    );
  });

  it('take the headline the markup marks when the text leaves it open', () => {
    const page = article(`<div class="kicker">Security</div><h1>Ministers agree to share border intelligence</h1>${PARAGRAPHS.join('')}`);
    const result = ok(ingestFile(encode(page), 'h.html'));
    expect(result.title).toBe('Ministers agree to share border intelligence');
    expect(result.paragraphs).not.toContain('Ministers agree to share border intelligence');
  });

  it('read the byline beside the headline the markup marks, above key points that read like headlines', () => {
    const keyPoints = [
      'Liaison officers posted to each other’s border commands',
      'Joint patrols to begin before the end of the year',
      'A joint committee to review the arrangement',
    ];
    const page = article(
      `<div class="kicker">Security</div><h1>Ministers agree to share border intelligence</h1>` +
        `<p class="byline">By <a href="/a/jane">Jane Doe</a>, Security Correspondent</p><time>5 March 2024</time>` +
        `<div class="key-points"><h2>Key points</h2><ul>${keyPoints.map((k) => `<li>${k}</li>`).join('')}</ul></div>${PARAGRAPHS.join('')}`,
    );
    const result = ok(ingestFile(encode(page), 'k.html'));
    expect(result.title).toBe('Ministers agree to share border intelligence');
    expect(result.author).toBe('Jane Doe');
    expect(result.paragraphs).toEqual(PARAGRAPHS.map((p) => p.replace(/<\/?p>/g, '')));
  });

  it('read the charset the page declares, or detect it', () => {
    const arabic =
      'وقّعت المملكة العربية السعودية والمملكة الأردنية الهاشمية في الرياض مذكرة تفاهم للتعاون في مكافحة تهريب المخدرات عبر الحدود المشتركة.';
    const page = (charset: string) =>
      `<!DOCTYPE html><html lang="ar"><head>${charset}<title>t</title></head><body><h1>السعودية والأردن توقعان مذكرة تعاون</h1><p>${arabic}</p><p>وأكد الجانب الأردني أن القوات المسلحة الأردنية أحبطت خلال الأشهر الماضية عشرات محاولات التسلل والتهريب القادمة من الأراضي السورية.</p></body></html>`;
    const declared = ok(
      ingestFile(
        new Uint8Array(iconv.encode(page('<meta http-equiv="Content-Type" content="text/html; charset=windows-1256">'), 'windows-1256')),
        'a.html',
      ),
    );
    expect(declared.encoding).toBe('windows-1256');
    expect(declared.paragraphs).toContain(arabic);
    const detected = ok(ingestFile(new Uint8Array(iconv.encode(page(''), 'windows-1256')), 'b.html'));
    expect(detected.encoding).toBe('windows-1256');
    expect(detected.paragraphs).toContain(arabic);
    const utf16 = ok(ingestFile(new Uint8Array(iconv.encode(`\uFEFF${page('<meta charset="windows-1256">')}`, 'utf-16le')), 'c.html'));
    expect(utf16.encoding).toBe('utf-16le');
    expect(utf16.paragraphs).toContain(arabic);
  });
});

describe('hostile HTML', () => {
  const timed = <T>(run: () => T): [T, number] => {
    const started = performance.now();
    const value = run();
    return [value, performance.now() - started];
  };

  it('refuses a DOM nested 100,000 deep quickly, without recursion', () => {
    const [result, ms] = timed(() =>
      ingestFile(encode(`<!DOCTYPE html><html><body>${'<div>'.repeat(100_000)}deep</body></html>`), 'deep.html'),
    );
    expect(result).toMatchObject({ ok: false, reason: 'too-large' });
    expect(!result.ok && result.error).toContain(`${MAX_HTML_DEPTH} levels`);
    expect(ms).toBeLessThan(1000);
  });

  it('refuses a DOM 100,000 elements wide quickly', () => {
    const [result, ms] = timed(() =>
      ingestFile(encode(`<!DOCTYPE html><html><body>${'<span>w</span>'.repeat(100_000)}</body></html>`), 'wide.html'),
    );
    expect(result).toMatchObject({ ok: false, reason: 'too-large' });
    expect(!result.ok && result.error).toContain('elements');
    expect(ms).toBeLessThan(2000);
  });

  it('refuses a 50 MB page by its size before parsing it', () => {
    const bytes = new Uint8Array(50 * 1024 * 1024).fill(0x61);
    bytes.set(encode('<!DOCTYPE html><html><body><p>'));
    const [result, ms] = timed(() => ingestFile(bytes, 'big.html'));
    expect(result).toMatchObject({ ok: false, reason: 'too-large' });
    expect(ms).toBeLessThan(1000);
  });

  it('never expands entities a page defines for itself', () => {
    const bomb = `<!DOCTYPE html [<!ENTITY a "LOLLOLLOL"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;">]>`;
    const page = `${bomb}<html><body><h1>Ministers agree to share border intelligence</h1>${PARAGRAPHS.join('')}<p>&c;&c;&c; &amp; &lt;script&gt;</p></body></html>`;
    const result = ok(ingestFile(encode(page), 'entities.html'));
    expect(allText(result)).not.toContain('LOLLOL');
    expect(result.paragraphs.join(' ').length).toBeLessThan(page.length);
  });

  it('keep script text out even when it is written as text, and never run it', () => {
    const page = article(
      `<h1 onmouseover="globalThis.ran=1">Ministers agree to share border intelligence</h1>${PARAGRAPHS.join('')}` +
        '<script>globalThis.ran = 1;</script><img src=x onerror="globalThis.ran=1"><a href="javascript:globalThis.ran=1">Read more on the site</a>' +
        '<iframe srcdoc="<p>framed text</p>"></iframe><object data="x.swf">object text</object><svg><text>svg text</text></svg>',
    );
    const result = ok(ingestFile(encode(page), 'x.html'));
    expect((globalThis as { ran?: number }).ran).toBeUndefined();
    const text = allText(result);
    for (const marker of ['globalThis', 'framed text', 'object text', 'svg text', 'javascript:']) expect(text).not.toContain(marker);
  });

  it('reads a page at the size limit within a few seconds', () => {
    const paragraph = `${PARAGRAPHS[0]!}\n`;
    const page = article(
      `<h1>Ministers agree to share border intelligence</h1>${paragraph.repeat(Math.floor(4_000_000 / paragraph.length))}`,
    );
    const [result, ms] = timed(() => ingestFile(encode(page), 'large.html'));
    expect(result.file).toBe('large.html');
    expect(ms).toBeLessThan(8000);
  }, 20_000);

  it('refuses a page that is only a script shell, saying so', () => {
    const result = ingestFile(
      encode(
        '<!DOCTYPE html><html><head><script>render()</script></head><body><div id="root"></div><noscript>Enable JavaScript</noscript></body></html>',
      ),
      'spa.html',
    );
    expect(result).toMatchObject({ ok: false, reason: 'no-text' });
    expect(!result.ok && result.error).toContain('scripts');
  });
});

describe('text files', () => {
  it('pass through unchanged, with nothing declared', () => {
    const dir = path.resolve(__dirname, '../../../../shared/corpus/articles');
    const file = readdirSync(dir).find((f) => f.endsWith('.txt'))!;
    const result = ok(ingestFile(new Uint8Array(readFileSync(path.join(dir, file))), file));
    expect(result.declared).toBeUndefined();
  });
});
