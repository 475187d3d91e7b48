import { describe, expect, it } from 'vitest';
import type { PdfItem } from '../types';
import { pdfToText } from './layout';

const item = (text: string, x: number, y: number, width: number, height = 11): PdfItem => ({ text, x, y, width, height });

describe('PDF layout', () => {
  it('order the pieces of a right-to-left line from the right, whatever order the file lists them in', () => {
    // "الاتفاق الأمني بين البلدين" in three pieces, the first word at the right edge.
    const pieces = [item('الاتفاق', 480, 700, 45), item('الأمني', 430, 700, 40), item('بين البلدين', 350, 700, 70)];
    expect(pdfToText([pieces])).toBe('الاتفاق الأمني بين البلدين');
    expect(pdfToText([[...pieces].reverse()])).toBe('الاتفاق الأمني بين البلدين');
  });

  it('order a left-to-right line from the left', () => {
    const pieces = [item('Ministers', 50, 700, 50), item('agreed', 105, 700, 35)];
    expect(pdfToText([[...pieces].reverse()])).toBe('Ministers agreed');
  });

  it('keep a combining mark on its letter', () => {
    expect(pdfToText([[item('اتفاقا ً للتعاون', 300, 700, 90)]])).toBe('اتفاقاً للتعاون');
  });

  it('fold presentation forms before the text cleaner sees them', () => {
    expect(pdfToText([[item('\uFEDD\uFEE3\uFEDC\uFE8E\uFED3\uFEA4\uFE94', 300, 700, 60)]])).toBe('لمكافحة');
  });

  it('break paragraphs where the gap between lines is wider than the usual leading, at any size', () => {
    const lines = [
      item('A headline long enough to wrap onto a second', 50, 790, 495, 18),
      item('line of the same size', 50, 764, 200, 18),
      item('The first paragraph runs on to the edge of the column and then', 50, 730, 495),
      item('ends here.', 50, 714, 60),
      item('The second paragraph.', 50, 688, 130),
    ];
    expect(pdfToText([lines])).toBe(
      'A headline long enough to wrap onto a second line of the same size\n\nThe first paragraph runs on to the edge of the column and then ends here.\n\nThe second paragraph.',
    );
  });
});
