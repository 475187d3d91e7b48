import { describe, expect, it } from 'vitest';
import { readSettings } from '../env';
import { EMPTY_FILTERS } from './filters';
import { pastNumberedPages, tooDeepSentence } from './page-depth';
import { PAGE_SIZE, RANKED_CANDIDATES } from './list';

describe('DEEPEST_NUMBERED_PAGE', () => {
  it('defaults to the last page of a relevance-ordered search', () => {
    expect(readSettings({}).DEEPEST_NUMBERED_PAGE).toBe(RANKED_CANDIDATES / PAGE_SIZE);
  });
});

describe('pages past the deepest numbered one', () => {
  it('are refused by number, not with a cursor', () => {
    const cursor = { direction: 'after' as const, date: null, createdAt: 1, id: '0123456789ab' };
    expect(pastNumberedPages({ ...EMPTY_FILTERS, page: 50 }, 50)).toBe(false);
    expect(pastNumberedPages({ ...EMPTY_FILTERS, page: 51 }, 50)).toBe(true);
    expect(pastNumberedPages({ ...EMPTY_FILTERS, page: 51, cursor }, 50)).toBe(false);
  });

  it('are answered with a sentence naming the cursor parameter', () => {
    expect(tooDeepSentence(60, 50)).toMatch(/^page=60 is past page 50.*after=/);
  });
});
