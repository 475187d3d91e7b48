import { deflateSync } from 'node:zlib';
import { PDFDocument, StandardFonts, type PDFFont } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { ingestBatch, ingestFile } from '../index';
import type { IngestedArticle, IngestResult } from '../types';
import { checkInflatedSize, preparePdfs, readPdf } from './extract';
import { foldPresentationForms } from './layout';

interface Paragraph {
  text: string;
  size?: number;
}

/** Lays paragraphs out as a word processor would: wrapped to a column, a gap between paragraphs. */
async function makePdf(paragraphs: Paragraph[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle('Statement');
  const font: PDFFont = await doc.embedFont(StandardFonts.Helvetica);
  let page = doc.addPage([595, 842]);
  let y = 790;
  for (const { text, size = 11 } of paragraphs) {
    const words = text.split(' ');
    const lines: string[] = [];
    let line = '';
    for (const word of words) {
      const next = line ? `${line} ${word}` : word;
      if (font.widthOfTextAtSize(next, size) > 470 && line) {
        lines.push(line);
        line = word;
      } else line = next;
    }
    lines.push(line);
    for (const l of lines) {
      if (y < 60) {
        page = doc.addPage([595, 842]);
        y = 790;
      }
      page.drawText(l, { x: 50, y, size, font });
      y -= size * 1.45;
    }
    y -= size * 0.9;
  }
  return doc.save();
}

const ok = (result: IngestResult): IngestedArticle => {
  if (!result.ok) throw new Error(`${result.file} was refused: ${result.error}`);
  return result;
};

async function ingestPdf(bytes: Uint8Array, name: string): Promise<IngestResult> {
  return ingestBatch([{ name, bytes }], { pdfText: await preparePdfs([{ bytes }]) })[0]!;
}

const ENGLISH = [
  { text: 'Joint statement on border security cooperation', size: 18 },
  { text: 'June 7, 2024' },
  { text: 'The governments of Niger and Nigeria agreed on Friday to resume joint military operations against armed groups along their common border, the first significant security cooperation between the neighbours in a year, officials said in this statement.' },
  { text: 'Under the agreement, the two armies will share intelligence on the movements of armed groups around the Lake Chad basin and coordinate patrols in the border regions of Diffa and Maradi.' },
];

describe('PDF statements', () => {
  let english: Uint8Array;
  beforeAll(async () => {
    english = await makePdf(ENGLISH);
  });

  it('fold presentation forms to ordinary letters', () => {
    expect(foldPresentationForms('\uFEB3\uFECC\uFEEE\uFEA9\uFBFE\uFE94')).toBe('سعودیة');
    expect(foldPresentationForms('plain text ۱۲۳')).toBe('plain text ۱۲۳');
  });

  it('rebuild wrapped lines into paragraphs', async () => {
    const result = ok(await ingestPdf(english, 'statement.pdf'));
    expect(result.title).toBe(ENGLISH[0]!.text);
    expect(result.paragraphs).toEqual([ENGLISH[2]!.text, ENGLISH[3]!.text]);
    expect(result).toMatchObject({ language: 'en', publishedAt: '2024-06-07', encoding: 'pdf' });
    expect(result.declared).toMatchObject({ format: 'pdf', metadata: { pageTitle: 'Statement' } });
  });

  it('refuse a PDF with no text layer, saying why', async () => {
    const doc = await PDFDocument.create();
    doc.addPage([595, 842]).drawRectangle({ x: 50, y: 50, width: 400, height: 600 });
    const result = await ingestPdf(await doc.save(), 'scan.pdf');
    expect(result).toMatchObject({ ok: false, reason: 'no-text' });
    expect(!result.ok && result.error).toContain('no text layer');
  });

  it('refuse a PDF when it reaches the synchronous ingester unread, saying PDFs are not read there', () => {
    const result = ingestFile(english, 'statement.pdf');
    expect(result).toMatchObject({ ok: false, reason: 'binary' });
    expect(!result.ok && result.error).toContain('PDF statements are not read yet');
  });

  it('refuse a decompression bomb before inflating it', async () => {
    // 64 MB of zeros compresses to about 64 KB.
    const bomb = deflateSync(Buffer.alloc(64 * 1024 * 1024));
    const head = Buffer.from(`%PDF-1.4\n1 0 obj\n<< /Length ${bomb.length} /Filter /FlateDecode >>\nstream\n`, 'latin1');
    const bytes = new Uint8Array(Buffer.concat([head, bomb, Buffer.from('\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n', 'latin1')]));
    expect(checkInflatedSize(bytes)).toContain('decompression bomb');
    const started = performance.now();
    const result = await readPdf(bytes);
    expect(result).toMatchObject({ ok: false, reason: 'too-large' });
    expect(performance.now() - started).toBeLessThan(3000);
  });

  it('refuse garbage that only starts like a PDF, without throwing', async () => {
    const bytes = new TextEncoder().encode('%PDF-1.7\nthis is not a PDF at all\n');
    const result = await ingestPdf(bytes, 'broken.pdf');
    expect(result.ok).toBe(false);
  });
});
