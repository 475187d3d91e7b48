import { describe, expect, it } from 'vitest';
import { describeAudit } from './audit-describe';

describe('describeAudit', () => {
  it('reads an edit as labelled changes with typed values, never JSON', () => {
    const { lines, language } = describeAudit('edit', {
      countryPair: { from: null, to: ['KE', 'SO'] },
      language: { from: 'en', to: 'fa-AF' },
      publishedAt: { from: '2024-05-01', to: null },
      countriesMentioned: { from: [], to: ['KE', 'SO'] },
      datePrecision: { from: 'day', to: 'month' },
    });
    expect(language).toBeNull();
    expect(lines).toEqual([
      { name: 'countryPair', label: { in: 'fields', key: 'pair' }, from: { kind: 'none' }, to: { kind: 'pair', pair: ['KE', 'SO'] } },
      {
        name: 'language',
        label: { in: 'fields', key: 'language' },
        from: { kind: 'language', tag: 'en' },
        to: { kind: 'language', tag: 'fa-AF' },
      },
      { name: 'publishedAt', label: { in: 'fields', key: 'date' }, from: { kind: 'date', iso: '2024-05-01' }, to: { kind: 'none' } },
      {
        name: 'countriesMentioned',
        label: { in: 'fields', key: 'countries' },
        from: { kind: 'none' },
        to: { kind: 'countries', codes: ['KE', 'SO'] },
      },
      {
        name: 'datePrecision',
        label: { in: 'fields', key: 'precision' },
        from: { kind: 'choice', key: 'precisionDay' },
        to: { kind: 'choice', key: 'precisionMonth' },
      },
    ]);
  });

  it('puts the reason of an unpublishing first', () => {
    const { lines } = describeAudit('unpublish', { status: { from: 'published', to: 'unpublished' }, reason: 'Copyright complaint' });
    expect(lines.map((line) => line.name)).toEqual(['reason', 'status']);
    expect(lines[0]!.to).toEqual({ kind: 'text', text: 'Copyright complaint' });
  });

  it('names the translation of a translation action and counts instead of listing', () => {
    const attach = describeAudit('translation_attach', {
      translation: { from: null, to: 'en' },
      title: 'Border talks',
      paragraphs: 3,
      alignment: [0, 1, 2],
      note: null,
    });
    expect(attach.language).toBe('en');
    expect(attach.lines.map((line) => [line.name, line.to])).toEqual([
      ['title', { kind: 'text', text: 'Border talks' }],
      ['paragraphs', { kind: 'count', key: 'paragraphs', count: 3 }],
      ['note', { kind: 'none' }],
    ]);
    expect(attach.lines[0]!.label).toEqual({ in: 'audit', key: 'translationTitle' });
    const realign = describeAudit('translation_realign', { translation: 'vi', alignment: { from: [0, 1, 2], to: [0, 0, 2] } });
    expect(realign).toEqual({
      language: 'vi',
      lines: [{ name: 'alignment', label: { in: 'audit', key: 'alignment' }, to: { kind: 'count', key: 'moved', count: 1 } }],
    });
  });

  it('reads a publication with corrections and a near duplicate', () => {
    const { lines } = describeAudit('publish', {
      file: 'a.txt',
      sha256: 'ab12',
      nearDuplicateOf: { id: 'abcdefabcdef', similarity: 0.914 },
      corrections: { countryPair: { from: ['KE', 'SO'], to: ['ET', 'SO'] } },
    });
    expect(lines.map((line) => line.name)).toEqual(['file', 'sha256', 'nearDuplicateOf', 'corrections.countryPair']);
    expect(lines[2]!.to).toEqual({ kind: 'similar', id: 'abcdefabcdef', percent: 91 });
    expect(lines[3]!.from).toEqual({ kind: 'pair', pair: ['KE', 'SO'] });
  });

  it('writes an unknown value in words', () => {
    const { lines } = describeAudit('bulk_generate', { extra: { a: [1, 2], b: 'x' } });
    expect(lines).toEqual([{ name: 'extra', label: { in: 'audit', key: 'other' }, to: { kind: 'text', text: 'a: 1, 2; b: x' } }]);
  });
});
