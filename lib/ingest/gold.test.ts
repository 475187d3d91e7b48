import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { settings } from '../env';
import type { GoldEntry } from './evaluate';
import { ingestFile } from './index';
import type { IngestedArticle } from './types';

const corpusDir = path.resolve(settings().CORPUS_DIR);

const gold = JSON.parse(readFileSync(path.join(path.dirname(corpusDir), 'gold.json'), 'utf8')) as GoldEntry[];

function ingestGold(file: string): IngestedArticle {
  const result = ingestFile(new Uint8Array(readFileSync(path.join(corpusDir, file))), file);
  if (!result.ok) throw new Error(`${file} was refused: ${result.error}`);
  return result;
}

describe('gold corpus', () => {
  it('has entries', () => {
    expect(gold.length).toBeGreaterThan(0);
  });

  describe.each(gold)('$file', (entry) => {
    const article = ingestGold(entry.file);

    it('reads headline, language and direction', () => {
      expect(article.title).toBe(entry.title);
      expect(article.language).toBe(entry.language);
      expect(article.direction).toBe(entry.direction);
    });

    it('reads the printed date', () => {
      expect(article.publishedAt).toBe(entry.publishedAt);
      expect(article.dateText).toBe(entry.dateText);
      expect(article.calendar).toBe(entry.calendar);
      expect(article.datePrecision).toBe(entry.publishedAt ? 'day' : null);
    });

    it('reads source and author where the gold has them', () => {
      if ('source' in entry) expect(article.source).toBe(entry.source);
      if ('author' in entry) expect(article.author).toBe(entry.author);
    });

    it('finds the countries', () => {
      expect(article.countryPair).toEqual(entry.countryPair);
      expect(article.countriesMentioned).toEqual(entry.countriesMentioned);
    });

    it('keeps the body from its first to its last paragraph, each once', () => {
      expect(article.paragraphs[0]).toBe(entry.firstBodyParagraph);
      expect(article.paragraphs.at(-1)).toBe(entry.lastBodyParagraph);
      if (entry.bodyParagraphCount !== undefined) expect(article.paragraphs).toHaveLength(entry.bodyParagraphCount);
      expect(new Set(article.paragraphs).size).toBe(article.paragraphs.length);
    });

    it('drops the boilerplate', () => {
      for (const line of entry.boilerplateParagraphs) expect(article.paragraphs).not.toContain(line);
    });

    it('does not take a sidebar date', () => {
      for (const trap of entry.trapDates) {
        expect(article.dateText ?? '').not.toContain(trap);
        const [d, m, y] = trap.split('/');
        if (y && m && d) expect(article.publishedAt).not.toBe(`${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`);
      }
    });
  });
});
