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

/** Greedy hard wrap at `width` code units. */
function wrapAt(line: string, width: number): string[] {
  const out: string[] = [];
  let current = '';
  for (const word of line.split(/\s+/u)) {
    if (current && current.length + 1 + word.length > width) {
      out.push(current);
      current = word;
    } else current = current ? `${current} ${word}` : word;
  }
  return current ? [...out, current] : out;
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

    it('reads the same page hard-wrapped at 90 columns with no blank lines, as a text dump saves it', () => {
      // Wrapped by the file's own code units: a page saved decomposed (NFD) is wrapped that way.
      const lines = readFileSync(path.join(corpusDir, entry.file), 'utf8')
        .split('\n')
        .filter((l) => l.trim() !== '')
        .flatMap((l) => wrapAt(l.trim(), 90));
      const wrapped = ingestFile(new TextEncoder().encode(lines.join('\n')), entry.file);
      expect(wrapped.ok && [wrapped.title, wrapped.publishedAt, wrapped.countryPair, wrapped.paragraphs.at(-1)]).toEqual([
        entry.title,
        entry.publishedAt,
        entry.countryPair,
        entry.lastBodyParagraph,
      ]);
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
