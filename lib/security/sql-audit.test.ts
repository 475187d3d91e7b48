import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditSource, type SqlFinding } from './sql-audit';

// SQL is parameterised everywhere: Prisma's tagged templates and `pg` with $1 placeholders, its
// text written at the call (see sql-audit.ts for the exact rule). The one call that runs text
// from elsewhere is listed here with why; a new one makes this test fail.
const ROOT = path.resolve(__dirname, '../..');
const EXEMPT: { file: string; argument: string; why: string }[] = [
  {
    file: 'lib/db/migrate.ts',
    argument: 'migration.sql',
    why: "the migrations in prisma/migrations, which are the project's code, each checked against the checksum recorded when it was applied",
  },
];

function sources(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' || entry.name === 'node_modules' ? [] : sources(relative);
    return /\.tsx?$/.test(entry.name) ? [relative] : [];
  });
}

const exempt = (finding: SqlFinding) => EXEMPT.some((e) => e.file === finding.file && e.argument === finding.argument);
const describeFinding = (f: SqlFinding) => `${f.file}:${f.line} ${f.call}(${f.argument})`;

describe('the SQL audit itself', () => {
  const findings = (source: string) => auditSource('sample.ts', source).map((f) => `${f.line} ${f.call}`);

  it('passes SQL written at the call', () => {
    const source = [
      `await client.query('SELECT 1');`,
      'await client.query(`SELECT $1::int`, [1]);',
      'await client.query<{ n: number }>(`SELECT count(*) AS n FROM ${quoteIdent(table)}`);',
      "client.query(copyTo(`COPY ${quoteIdent(name)} (${columns.map(quoteIdent).join(', ')}) TO STDOUT`));",
      "client.query(copyFrom('COPY article FROM STDIN'));",
      'await prisma.$queryRaw`SELECT ${id}`;',
      "await prisma.$executeRawUnsafe('VACUUM article');",
      'Prisma.raw(quoteIdent(name));',
      'client.query();',
    ].join('\n');
    expect(findings(source)).toEqual([]);
  });

  it('names file and line of SQL whose text comes from anywhere else', () => {
    const source = [
      'await client.query(sql);',
      'await client.query(`DROP INDEX "${name}"`);',
      'await client.query(`SET workers = ${n}`);',
      "await client.query('SELECT ' + column);",
      'await client.query(setStorage(columns));',
      'await client.query(def.def.replace(/x/, "y"));',
      'client.query(copyTo(`COPY ${table} TO STDOUT`));',
      'client.query(copyFrom(text));',
      'await prisma.$queryRawUnsafe(`SELECT * FROM ${table}`);',
      'await tx.$executeRawUnsafe(statement, id);',
      'Prisma.raw(`in_${facet}`);',
      'client.query({ text: sql, values: [] });',
      'client.query(`SELECT ${quoteIdent(a)} ${b}`);',
      'client.query(`SELECT ${cols.map((c) => c).join(", ")}`);',
      'client.query(`SELECT ${cols.map(quoteIdent).join(sep)}`);',
      'client.query(copyTo(`COPY a TO STDOUT`, extra));',
    ].join('\n');
    expect(findings(source)).toEqual([
      '1 query',
      '2 query',
      '3 query',
      '4 query',
      '5 query',
      '6 query',
      '7 query',
      '8 query',
      '9 $queryRawUnsafe',
      '10 $executeRawUnsafe',
      '11 Prisma.raw',
      '12 query',
      '13 query',
      '14 query',
      '15 query',
      '16 query',
    ]);
  });

  it('reads TSX', () => {
    const source = 'export default function Page() { void db.query(text); return <p>{`x`}</p>; }';
    expect(auditSource('page.tsx', source).map((f) => f.line)).toEqual([1]);
  });
});

describe('SQL in the code base', () => {
  // Tests (tests/, bench/tests/) build their SQL freely: they run against throwaway databases.
  const files = ['lib', 'scripts', 'bench', 'app', 'components'].flatMap(sources).filter((file) => !file.startsWith('bench/tests/'));
  const all = files.flatMap((file) => auditSource(file, fs.readFileSync(path.join(ROOT, file), 'utf8')));

  it('covers the whole code base', () => {
    expect(files).toContain('lib/articles/list.ts');
    expect(files).toContain('bench/lib/bulk-load.ts');
    expect(files.some((file) => file.startsWith('components/') && file.endsWith('.tsx'))).toBe(true);
  });

  it('is written at each call, or quotes identifiers only', () => {
    expect(all.filter((finding) => !exempt(finding)).map(describeFinding)).toEqual([]);
  });

  it('runs text from elsewhere only where listed, and each listed place still exists', () => {
    for (const entry of EXEMPT)
      expect(
        all.some((f) => f.file === entry.file && f.argument === entry.argument),
        entry.file,
      ).toBe(true);
  });
});
