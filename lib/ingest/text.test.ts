import { describe, expect, it } from 'vitest';
import { headlineFrom } from './text';

describe('headlineFrom', () => {
  it('keeps a short paragraph whole', () => {
    expect(headlineFrom('Iran và Pakistan kí thỏa thuận an ninh')).toBe('Iran và Pakistan kí thỏa thuận an ninh');
  });

  it('cuts a long paragraph at a word boundary and marks the cut', () => {
    const long =
      'Officials from Pakistan and the United States met in Islamabad on Tuesday to discuss intelligence sharing, border security and the financing of armed groups.';
    expect(headlineFrom(long)).toBe(
      'Officials from Pakistan and the United States met in Islamabad on Tuesday to discuss intelligence sharing, border…',
    );
  });

  it('cuts mid-word only when there is no space to cut at', () => {
    expect(headlineFrom('x'.repeat(200))).toBe(`${'x'.repeat(120)}…`);
  });

  it('drops bidi overrides', () => {
    expect(headlineFrom('Report\u202Egnp.exe')).toBe('Reportgnp.exe');
  });
});
