import { describe, expect, it } from 'vitest';
import { publishable, withoutBody } from '../../components/admin/upload-rules';
import { hasBodyText } from './body-text';

describe('hasBodyText', () => {
  it('is false for a headline read as its own only paragraph, or for no paragraph at all', () => {
    expect(hasBodyText({ title: 'Ceasefire talks', paragraphs: ['Ceasefire talks'] })).toBe(false);
    expect(hasBodyText({ title: 'Ceasefire talks', paragraphs: [' Ceasefire talks ', ''] })).toBe(false);
    expect(hasBodyText({ title: 'Ceasefire talks', paragraphs: [] })).toBe(false);
  });

  it('is true as soon as one paragraph is more than the headline', () => {
    expect(hasBodyText({ title: 'Ceasefire talks', paragraphs: ['Ceasefire talks', 'Officials met in Doha.'] })).toBe(true);
  });
});

describe('a file without body text in the upload list', () => {
  const preview = (paragraphs: string[]) =>
    ({ title: 'Ceasefire talks', paragraphs }) as unknown as NonNullable<Parameters<typeof withoutBody>[0]['preview']>;

  it('is never publishable, even when read as ready', () => {
    expect(withoutBody({ preview: preview(['Ceasefire talks']) })).toBe(true);
    expect(publishable({ status: 'ready', preview: preview(['Ceasefire talks']) })).toBe(false);
    expect(publishable({ status: 'near-duplicate', publishAnyway: true, preview: preview([]) })).toBe(false);
    expect(publishable({ status: 'ready', preview: preview(['Ceasefire talks', 'Officials met in Doha.']) })).toBe(true);
  });
});
