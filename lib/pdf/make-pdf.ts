/**
 * Builds text PDFs the way a word processor lays out a statement, for the tests and the benchmark
 * (never used by the product): paragraphs wrapped to a column with a gap between them, right-to-left
 * lines right-aligned and drawn in visual order, with embedded TrueType fonts whose character maps
 * are clean (Vazirmatn for Arabic script, DejaVu Sans for Latin and Vietnamese).
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, type PDFFont, type PDFPage } from 'pdf-lib';

export interface PdfParagraph {
  text: string;
  size?: number;
}

export interface PdfOptions {
  /** Right-to-left layout and the Arabic-script font. */
  rtl?: boolean;
  /** The document information Title. */
  title?: string;
}

const require = createRequire(import.meta.url);
const fontFile = (pkg: string, file: string) => fs.readFileSync(path.join(path.dirname(require.resolve(`${pkg}/package.json`)), file));

const PAGE = { width: 595, height: 842, margin: 50, top: 790, bottom: 60 };
const COLUMN = PAGE.width - 2 * PAGE.margin;

/** Numbers (either kind of digits, with their inner separators), Latin words, and the rest. */
const SEGMENT =
  /[0-9\u0660-\u0669\u06F0-\u06F9]+(?:[.,:/\u066B\u066C][0-9\u0660-\u0669\u06F0-\u06F9]+)*|[A-Za-z\u00C0-\u024F\u1E00-\u1EFF]+(?:[ .,'-]+[A-Za-z\u00C0-\u024F\u1E00-\u1EFF]+)*|[^0-9\u0660-\u0669\u06F0-\u06F9A-Za-z\u00C0-\u024F\u1E00-\u1EFF]+/gu;
const ARABIC_DIGIT = /[\u0660-\u0669\u06F0-\u06F9]/u;

/**
 * One line of right-to-left text as drawn runs, left to right on the page, as the bidi algorithm
 * orders them: numbers and Latin words are left-to-right runs, everything else (Arabic script,
 * spaces and punctuation beside it) right-to-left, and the runs follow one another from the
 * right. The font engine shapes a run and reverses it when its script is Arabic, which also
 * reverses Arabic-Indic digits: a number in those is handed over reversed so that it prints in order.
 */
function visualRuns(line: string): string[] {
  return (line.match(SEGMENT) ?? [])
    .map((segment) =>
      ARABIC_DIGIT.test(segment) && !/[\u0600-\u065F\u066E-\u06EF\u06FA-\u06FF]/u.test(segment) ? [...segment].reverse().join('') : segment,
    )
    .reverse();
}

function drawLine(page: PDFPage, line: string, y: number, size: number, font: PDFFont, rtl: boolean) {
  if (!rtl) {
    page.drawText(line, { x: PAGE.margin, y, size, font });
    return;
  }
  const runs = visualRuns(line);
  let x = PAGE.width - PAGE.margin - runs.reduce((sum, run) => sum + font.widthOfTextAtSize(run, size), 0);
  for (const run of runs) {
    page.drawText(run, { x, y, size, font });
    x += font.widthOfTextAtSize(run, size);
  }
}

function wrap(text: string, size: number, font: PDFFont): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (line && font.widthOfTextAtSize(next, size) > COLUMN) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  lines.push(line);
  return lines;
}

export async function makePdf(paragraphs: readonly PdfParagraph[], options: PdfOptions = {}): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  if (options.title) doc.setTitle(options.title);
  const font = await doc.embedFont(
    options.rtl ? fontFile('vazirmatn', 'fonts/ttf/Vazirmatn-Regular.ttf') : fontFile('dejavu-fonts-ttf', 'ttf/DejaVuSans.ttf'),
    { subset: true },
  );
  let page = doc.addPage([PAGE.width, PAGE.height]);
  let y = PAGE.top;
  for (const { text, size = 11 } of paragraphs) {
    for (const line of wrap(text, size, font)) {
      if (y < PAGE.bottom) {
        page = doc.addPage([PAGE.width, PAGE.height]);
        y = PAGE.top;
      }
      drawLine(page, line, y, size, font, options.rtl ?? false);
      y -= size * 1.45;
    }
    y -= size * 0.9;
  }
  return doc.save();
}
