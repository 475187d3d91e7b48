import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// SQL is parameterised everywhere: Prisma's tagged templates and `pg` with $1 placeholders. The
// few places that splice text into SQL are listed here with why they are safe; a new one makes
// this test fail until someone has looked at it.
const ROOT = path.resolve(__dirname, '../..');
const ALLOWED: Record<string, string> = {
  // `in_${facet}` where facet is one of the fixed keys of facetConditions(), never input.
  'lib/articles/facet-counts.ts': 'Prisma.raw',
  // The database name comes from configuration, quoted as an identifier.
  'lib/db/embedded.ts': 'query(`',
  // Index names read from pg_indexes, quoted as identifiers; a developer script.
  'scripts/lib/bulk-load.ts': 'query(`',
  // COPY of a table and columns its callers name from their constants; a developer script's and tests'.
  'scripts/lib/copy-binary.ts': 'query(`',
  // Table and column names from the catalog (backup) or the backup's manifest (restore), quoted
  // as identifiers (quoteIdent).
  'lib/ops/backup.ts': 'query(`',
  'lib/ops/restore.ts': 'query(`',
};

function sources(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' || entry.name === 'node_modules' ? [] : sources(relative);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.test.ts') ? [relative] : [];
  });
}

describe('SQL built from strings', () => {
  const files = ['app', 'lib', 'scripts'].flatMap(sources);

  it('covers the whole code base', () => {
    expect(files).toContain('lib/articles/list.ts');
    expect(files.length).toBeGreaterThan(50);
  });

  it('is never the Unsafe Prisma API, and string splicing appears only where listed', () => {
    const found: string[] = [];
    for (const file of files) {
      const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
      if (/\$(queryRaw|executeRaw)Unsafe\b/.test(text)) found.push(`${file}: Unsafe`);
      if (/Prisma\.raw\(/.test(text) && ALLOWED[file] !== 'Prisma.raw') found.push(`${file}: Prisma.raw`);
      // A pg query (typed or not) or COPY stream whose text is a template literal with an interpolation.
      if (/(?:\.query(?:<[^>]*>)?|copy(?:To|From))\(\s*`[^`]*\$\{/.test(text) && ALLOWED[file] !== 'query(`') found.push(`${file}: query template`);
    }
    expect(found).toEqual([]);
  });
});
