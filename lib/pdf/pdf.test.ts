import { readFileSync } from 'node:fs';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import { PDFDocument, PDFRawStream, StandardFonts, decodePDFRawStream } from 'pdf-lib';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { accuracy, evaluate, type GoldEntry } from '../ingest/evaluate';
import { ingestBatch, ingestFile } from '../ingest/index';
import { foldPresentationForms } from '../ingest/pdf/layout';
import type { IngestedArticle, IngestResult } from '../ingest/types';
import { makePdf, type PdfParagraph } from './make-pdf';
import { MAX_PDF_PAGES, PDF_TIME_LIMIT_MS, preparePdfs, readPdf, scanStreams } from './read';
import { hasRtlLigatures, rewriteCMap } from './to-unicode';

const ok = (result: IngestResult): IngestedArticle => {
  if (!result.ok) throw new Error(`${result.file} was refused: ${result.error}`);
  return result;
};

async function ingestPdf(bytes: Uint8Array, name: string): Promise<IngestResult> {
  return ingestBatch([{ name, bytes }], { pdfText: await preparePdfs([{ bytes }]) })[0]!;
}

const ENGLISH: PdfParagraph[] = [
  { text: 'Joint statement on border security cooperation', size: 18 },
  { text: 'June 7, 2024' },
  {
    text: 'The governments of Niger and Nigeria agreed on Friday to resume joint military operations against armed groups along their common border, the first significant security cooperation between the neighbours in a year, officials said in this statement.',
  },
  {
    text: 'Under the agreement, the two armies will share intelligence on the movements of armed groups around the Lake Chad basin and coordinate patrols in the border regions of Diffa and Maradi.',
  },
];

const VIETNAMESE: PdfParagraph[] = [
  { text: 'Việt Nam và Campuchia ký thỏa thuận tuần tra chung trên biên giới', size: 18 },
  { text: 'Hà Nội, ngày 5 tháng 3 năm 2024' },
  {
    text: 'Bộ Quốc phòng Việt Nam và Bộ Quốc phòng Campuchia đã ký thỏa thuận tăng cường tuần tra chung dọc tuyến biên giới đất liền, nhằm ngăn chặn buôn lậu ma túy và vũ khí qua biên giới, theo thông cáo báo chí được công bố hôm thứ Ba.',
  },
  {
    text: 'Theo thỏa thuận, hai bên sẽ trao đổi thông tin tình báo hằng tháng và tổ chức diễn tập chung tại các tỉnh giáp biên giới trong năm nay.',
  },
];

// Lam-alef (لا، لأ، لإ) is a ligature in every Arabic font; digits of both kinds sit inside the lines.
const ARABIC: PdfParagraph[] = [
  { text: 'الاتفاق الأمني بين مصر والسودان لمكافحة الإرهاب', size: 18 },
  { text: 'القاهرة، 12 مارس 2024' },
  {
    text: 'وقّعت مصر والسودان يوم الثلاثاء اتفاقاً للتعاون الأمني يقضي بتبادل المعلومات الاستخباراتية حول الجماعات المسلحة على الحدود المشتركة، وذلك خلال اجتماع وزيري الداخلية في القاهرة، بحسب بيان رسمي صدر عن الوزارة.',
  },
  {
    text: 'وقال البيان إن البلدين لا يقبلان بأي نشاط إرهابي على أراضيهما، وإن لجنة مشتركة من 14 عضواً ستجتمع كل ثلاثة أشهر لمتابعة تنفيذ الاتفاق والإشراف على الدوريات.',
  },
];

const PERSIAN: PdfParagraph[] = [
  { text: 'توافق امنیتی ایران و پاکستان برای مقابله با قاچاق مواد مخدر', size: 18 },
  { text: 'تهران، ۲۶ تیر ۱۴۰۳' },
  {
    text: 'وزیران کشور ایران و پاکستان روز سه‌شنبه در تهران توافق کردند که اطلاعات مربوط به گروه‌های مسلح و قاچاقچیان مواد مخدر را در مرز مشترک دو کشور با یکدیگر مبادله کنند و گشت‌های مرزی مشترک را افزایش دهند.',
  },
  {
    text: 'بر اساس این توافق، کمیته‌ای مشترک با ۱۲ عضو هر سه ماه یک بار تشکیل جلسه می‌دهد و گزارش آن به وزارت امور خارجه دو کشور ارسال خواهد شد.',
  },
];

describe('PDF statements', () => {
  const pdfs: Record<string, Uint8Array> = {};
  beforeAll(async () => {
    pdfs.english = await makePdf(ENGLISH, { title: 'Statement' });
    pdfs.vietnamese = await makePdf(VIETNAMESE);
    pdfs.arabic = await makePdf(ARABIC, { rtl: true });
    pdfs.persian = await makePdf(PERSIAN, { rtl: true });
  });

  it('fold presentation forms to ordinary letters', () => {
    expect(foldPresentationForms('\uFEB3\uFECC\uFEEE\uFEA9\uFBFE\uFE94')).toBe('سعودیة');
    expect(foldPresentationForms('\uFEFB\uFEE3\uFEE6')).toBe('لامن');
    expect(foldPresentationForms('plain text ۱۲۳ \uFB01le')).toBe('plain text ۱۲۳ file');
  });

  it('rebuild wrapped lines into paragraphs', async () => {
    const result = ok(await ingestPdf(pdfs.english!, 'statement.pdf'));
    expect(result.title).toBe(ENGLISH[0]!.text);
    expect(result.paragraphs).toEqual([ENGLISH[2]!.text, ENGLISH[3]!.text]);
    expect(result).toMatchObject({ language: 'en', publishedAt: '2024-06-07', encoding: 'pdf' });
    expect(result.declared).toMatchObject({ format: 'pdf', metadata: { pageTitle: 'Statement' } });
  });

  it('read Vietnamese with its diacritics', async () => {
    const result = ok(await ingestPdf(pdfs.vietnamese!, 'vn.pdf'));
    expect(result.title).toBe(VIETNAMESE[0]!.text);
    expect(result.paragraphs).toEqual([VIETNAMESE[2]!.text, VIETNAMESE[3]!.text]);
    expect(result).toMatchObject({ language: 'vi', publishedAt: '2024-03-05' });
  });

  it('put Arabic lines in reading order, ligatures and numbers included', async () => {
    const result = ok(await ingestPdf(pdfs.arabic!, 'ar.pdf'));
    expect(result.title).toBe(ARABIC[0]!.text);
    expect(result.paragraphs).toEqual([ARABIC[2]!.text, ARABIC[3]!.text]);
    expect(result).toMatchObject({ language: 'ar', direction: 'rtl', publishedAt: '2024-03-12' });
  });

  it('read lam-alef mapped to a presentation form whole, as browsers print it', async () => {
    const doc = await PDFDocument.load(pdfs.arabic!);
    const forms: Record<string, string> = { '06440627': 'FEFB', '06440623': 'FEF7', '06440625': 'FEF9', '06440622': 'FEF5' };
    let replaced = 0;
    for (const [ref, object] of doc.context.enumerateIndirectObjects()) {
      if (!(object instanceof PDFRawStream)) continue;
      const text = Buffer.from(decodePDFRawStream(object).decode()).toString('latin1');
      if (!text.includes('begincmap')) continue;
      const rewritten = text.replace(/<(0644062[2357])>/gi, (_, hex: string) => {
        replaced++;
        return `<${forms[hex.toUpperCase()]}>`;
      });
      doc.context.assign(ref, doc.context.flateStream(Buffer.from(rewritten, 'latin1')));
    }
    expect(replaced).toBeGreaterThan(0);
    const bytes = await doc.save();
    expect(scanStreams(bytes).rtlLigatures).toBe(false);
    const result = ok(await ingestPdf(bytes, 'printed.pdf'));
    expect(result.title).toBe(ARABIC[0]!.text);
    expect(result.paragraphs).toEqual([ARABIC[2]!.text, ARABIC[3]!.text]);
  });

  it('put Persian lines in reading order, Persian digits included', async () => {
    const result = ok(await ingestPdf(pdfs.persian!, 'fa.pdf'));
    // A zero-width non-joiner is drawn as no glyph or an empty one, which pdf.js reads as a space.
    const read = (text: string) => text.replace(/\u200C/g, ' ');
    expect(result.title).toBe(PERSIAN[0]!.text);
    expect(result.paragraphs).toEqual([read(PERSIAN[2]!.text), read(PERSIAN[3]!.text)]);
    expect(result.language.startsWith('fa')).toBe(true);
    expect(result).toMatchObject({ direction: 'rtl', publishedAt: '2024-07-16', calendar: 'persian' });
  });

  it('reverse right-to-left ligatures in ToUnicode maps, and only those', () => {
    const cmap =
      'begincmap\n3 beginbfchar\n<0003> <0020>\n<0104> <06440627>\n<0105> <00660069>\nendbfchar\n1 beginbfrange\n<0200> <0201> [<06440623> <0628>]\n<0300> <0302> <0041>\nendbfrange\nendcmap';
    expect(rewriteCMap(cmap)).toBe(
      'begincmap\n3 beginbfchar\n<0003> <0020>\n<0104> <06270644>\n<0105> <00660069>\nendbfchar\n1 beginbfrange\n<0200> <0201> [<06230644> <0628>]\n<0300> <0302> <0041>\nendbfrange\nendcmap',
    );
    expect(hasRtlLigatures(cmap)).toBe(true);
    expect(hasRtlLigatures('begincmap\n1 beginbfchar\n<0105> <00660069>\nendbfchar\nendcmap')).toBe(false);
  });

  it('refuse a PDF with no text layer, saying why and what to do', async () => {
    const doc = await PDFDocument.create();
    doc.addPage([595, 842]).drawRectangle({ x: 50, y: 50, width: 400, height: 600 });
    const result = await ingestPdf(await doc.save(), 'scan.pdf');
    expect(result).toMatchObject({ ok: false, reason: 'no-text' });
    expect(!result.ok && result.error).toContain('no text layer');
    expect(!result.ok && result.error).toContain('OCR');
  });

  it('refuse a PDF when it reaches the synchronous ingester unread, pointing to the PDF reader', () => {
    const result = ingestFile(pdfs.english!, 'statement.pdf');
    expect(result).toMatchObject({ ok: false, reason: 'binary' });
    expect(!result.ok && result.error).toContain('was not read by the PDF reader');
  });

  it('refuse a decompression bomb before inflating it', async () => {
    // 64 MB of zeros compresses to about 64 KB.
    const bomb = deflateSync(Buffer.alloc(64 * 1024 * 1024));
    const head = Buffer.from(`%PDF-1.4\n1 0 obj\n<< /Length ${bomb.length} /Filter /FlateDecode >>\nstream\n`, 'latin1');
    const bytes = new Uint8Array(
      Buffer.concat([head, bomb, Buffer.from('\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n', 'latin1')]),
    );
    expect(scanStreams(bytes).problem).toContain('decompression bomb');
    const started = performance.now();
    const before = process.memoryUsage().rss;
    const result = await readPdf(bytes);
    expect(result).toMatchObject({ ok: false, reason: 'too-large' });
    expect(performance.now() - started).toBeLessThan(3000);
    expect(process.memoryUsage().rss - before).toBeLessThan(100 * 1024 * 1024);
  });

  it('refuse a PDF of thousands of pages without reading them', async () => {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    for (let i = 0; i < 3000; i++)
      doc.addPage([595, 842]).drawText(`Page ${i + 1} of the annual report.`, { x: 50, y: 790, size: 11, font });
    const bytes = await doc.save();
    const started = performance.now();
    const result = await ingestPdf(bytes, 'report.pdf');
    expect(result).toMatchObject({ ok: false, reason: 'too-large' });
    expect(!result.ok && result.error).toContain(`more than the ${MAX_PDF_PAGES}`);
    expect(performance.now() - started).toBeLessThan(PDF_TIME_LIMIT_MS);
  });

  it('stop reading when the time limit is reached', async () => {
    const long = await makePdf(Array.from({ length: 60 }, () => ENGLISH[2]!));
    const result = await readPdf(long, 1);
    expect(result).toMatchObject({ ok: false, reason: 'too-large' });
    expect(!result.ok && result.error).toContain('took longer than');
    expect((await readPdf(long)).ok).toBe(true);
  });

  it('refuse garbage and truncated files that start like a PDF, without throwing', async () => {
    const garbage = new TextEncoder().encode('%PDF-1.7\nthis is not a PDF at all\n');
    expect((await ingestPdf(garbage, 'broken.pdf')).ok).toBe(false);
    const truncated = pdfs.english!.slice(0, Math.floor(pdfs.english!.length / 3));
    const result = await ingestPdf(truncated, 'truncated.pdf');
    if (result.ok) expect(result.paragraphs.join(' ')).not.toContain('\u0000');
    else expect(result.error).toMatch(/PDF/);
    const corrupted = new Uint8Array(pdfs.arabic!);
    for (let i = 200; i < corrupted.length; i += 97) corrupted[i] = corrupted[i]! ^ 0x5a;
    const read = await readPdf(corrupted);
    expect(typeof read.ok).toBe('boolean');
  });

  describe('without the network', () => {
    afterEach(() => vi.unstubAllGlobals());
    it('read a PDF whose standard font is not embedded, fetching nothing', async () => {
      const fetch = vi.fn(() => Promise.reject(new Error('no network')));
      vi.stubGlobal('fetch', fetch);
      const doc = await PDFDocument.create();
      const font = await doc.embedFont(StandardFonts.TimesRoman);
      doc.addPage([595, 842]).drawText('Ministers agreed to share border intelligence.', { x: 50, y: 790, size: 11, font });
      const result = await readPdf(await doc.save());
      expect(result.ok && result.pages[0]!.map((item) => item.text).join('')).toContain('Ministers agreed');
      expect(fetch).not.toHaveBeenCalled();
    });
  });
});

describe('PDF versions of the HTML fixtures', () => {
  const fixtures = path.join(__dirname, '..', 'ingest', 'html', 'fixtures');
  const gold = JSON.parse(readFileSync(path.join(fixtures, 'gold.json'), 'utf8')) as GoldEntry[];

  it('score the fields a statement PDF prints as the gold says', async () => {
    // Each page's article, laid out as its publisher's PDF would be: headline, dateline, body.
    const files = await Promise.all(
      gold.map(async (entry) => {
        const page = ok(ingestFile(new Uint8Array(readFileSync(path.join(fixtures, entry.file))), entry.file));
        const paragraphs: PdfParagraph[] = [
          { text: entry.title, size: 18 },
          ...(entry.dateText ? [{ text: entry.dateText }] : []),
          ...page.paragraphs.map((text) => ({ text })),
        ];
        return { name: entry.file, bytes: await makePdf(paragraphs, { rtl: entry.direction === 'rtl' }) };
      }),
    );
    const results = ingestBatch(files, { pdfText: await preparePdfs(files) });
    expect(results.every((r) => r.ok && r.encoding === 'pdf')).toBe(true);
    // A zero-width non-joiner comes out of a PDF as a space (see the Persian test above).
    const asPrinted = gold.map((entry) => JSON.parse(JSON.stringify(entry).replace(/\u200C/g, ' ')) as GoldEntry);
    const evaluation = evaluate(asPrinted, new Map(results.map((r) => [r.file, r])));
    for (const field of [
      'title',
      'language',
      'direction',
      'publishedAt',
      'dateText',
      'calendar',
      'firstBodyParagraph',
      'lastBodyParagraph',
      'bodyParagraphCount',
    ] as const) {
      expect(accuracy(evaluation.fields[field]), `${field}: ${JSON.stringify(evaluation.misses.filter((m) => m.field === field))}`).toBe(1);
    }
  });
});
