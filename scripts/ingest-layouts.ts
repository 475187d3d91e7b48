/**
 * Rewrites the pages a gold file names into other layouts, with a gold file for each, so that
 * `npm run ingest:eval` can show how much of the ingester's reading depends on how a page was
 * saved rather than on what it says. Usage:
 *   npm run ingest:layouts -- GOLD.json OUT_DIR
 *   npm run ingest:eval -- OUT_DIR/*\/gold.json
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { GoldEntry } from '../lib/ingest/evaluate';
import { readGold } from './lib/gold-files';

type Layout = (lines: string[], entry: GoldEntry) => string;

const filled = (lines: readonly string[]) => lines.filter((l) => l.trim() !== '');

/** Greedy hard wrap, as a text dump of a page does. */
function wrap(line: string, width: number): string[] {
  const out: string[] = [];
  let current = '';
  for (const word of line.trim().split(/\s+/u)) {
    if (current && current.length + 1 + word.length > width) {
      out.push(current);
      current = word;
    } else current = current ? `${current} ${word}` : word;
  }
  if (current) out.push(current);
  return out;
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const LAYOUTS: Record<string, Layout> = {
  /** Every blank line removed: paragraphs one per line, wrapped ones run together. */
  'no-blank-lines': (lines) => filled(lines).join('\n'),
  /** A blank line after every line, as some scrapers print. */
  'blank-after-every-line': (lines) =>
    filled(lines)
      .flatMap((l) => [l, ''])
      .join('\n'),
  /** Every line longer than 90 characters hard-wrapped, with no blank lines anywhere. */
  'wrapped-90-tight': (lines) =>
    filled(lines)
      .flatMap((l) => wrap(l, 90))
      .join('\n'),
  /** Every line longer than 60 characters hard-wrapped, with no blank lines anywhere. */
  'wrapped-60-tight': (lines) =>
    filled(lines)
      .flatMap((l) => wrap(l, 60))
      .join('\n'),
  /** Every line hard-wrapped at 72 characters, blank lines kept, as a plain-text e-mail. */
  'wrapped-72': (lines) => lines.flatMap((l) => (l.trim() === '' ? [''] : wrap(l, 72))).join('\n'),
  /** Windows line ends, every line indented by two spaces and followed by a space. */
  'crlf-indented': (lines) => lines.map((l) => (l.trim() === '' ? '' : `  ${l} `)).join('\r\n'),
  /** A bare HTML page: each blank-separated group a paragraph, its lines joined by <br>. */
  'html-paragraphs': (lines, entry) => {
    const groups = lines
      .join('\n')
      .split(/\n\s*\n/u)
      .filter((g) => g.trim() !== '');
    const body = groups.map((g) => `<p>${filled(g.split('\n')).map(escapeHtml).join('<br>\n')}</p>`).join('\n');
    return `<!doctype html><html lang="${entry.language}"><head><meta charset="utf-8"><title>page</title></head><body>\n${body}\n</body></html>`;
  },
};

function main(): void {
  const { positionals } = parseArgs({ allowPositionals: true });
  const [goldPath, outDir] = positionals;
  if (!goldPath || !outDir) {
    console.error('Usage: npm run ingest:layouts -- GOLD.json OUT_DIR');
    process.exit(2);
  }
  const entries = readGold(goldPath);
  for (const [name, layout] of Object.entries(LAYOUTS)) {
    const dir = path.join(outDir, name);
    fs.mkdirSync(dir, { recursive: true });
    const html = name.startsWith('html');
    const gold = entries.map((entry) => {
      const source = path.join(path.dirname(goldPath), entry.file);
      const page = fs.readFileSync(fs.existsSync(source) ? source : path.join(path.dirname(goldPath), 'articles', entry.file), 'utf8');
      const file = html ? entry.file.replace(/\.[a-z]+$/u, '.html') : entry.file;
      fs.writeFileSync(path.join(dir, file), layout(page.split(/\r?\n/u), entry));
      return { ...entry, file };
    });
    fs.writeFileSync(path.join(dir, 'gold.json'), JSON.stringify(gold, null, 1));
    console.log(`${dir}/gold.json: ${gold.length} pages`);
  }
}

main();
