/**
 * Finds SQL whose text is not fixed in the code. Parses TypeScript with the compiler's own parser
 * and looks at the text argument of every call that sends SQL to the database or splices it into a
 * query: `.query(...)` (pg, and pg-copy-streams through it), `.$queryRawUnsafe(...)`,
 * `.$executeRawUnsafe(...)` and `Prisma.raw(...)`. That argument passes only when it is
 * - a string literal, or a template without interpolations;
 * - a template whose every interpolation quotes an identifier: `quoteIdent(...)`, or
 *   `<list>.map(quoteIdent).join('<literal>')`;
 * - `quoteIdent(...)` itself;
 * - a call of a known COPY builder (`copyFrom`, `copyTo`) with one argument that passes this rule.
 * Anything else (a variable, a property, a concatenation, a number spliced into a template) fails,
 * however safe it looks: its text comes from somewhere a reader cannot see at the call.
 */
import ts from 'typescript';

export interface SqlFinding {
  file: string;
  line: number;
  call: string;
  argument: string;
}

const SQL_METHODS = new Set(['query', '$queryRawUnsafe', '$executeRawUnsafe']);
const QUOTE = 'quoteIdent';
const COPY_BUILDERS = new Set(['copyFrom', 'copyTo']);

const isIdentifierCall = (node: ts.Expression, names: ReadonlySet<string>): node is ts.CallExpression =>
  ts.isCallExpression(node) && ts.isIdentifier(node.expression) && names.has(node.expression.text);

const QUOTES = new Set([QUOTE]);

/** `names.map(quoteIdent).join(', ')` */
function isQuotedList(node: ts.Expression): boolean {
  if (!ts.isCallExpression(node) || !ts.isPropertyAccessExpression(node.expression) || node.expression.name.text !== 'join') return false;
  const [separator, ...rest] = node.arguments;
  if (!separator || rest.length > 0 || !ts.isStringLiteral(separator)) return false;
  const mapped = node.expression.expression;
  if (!ts.isCallExpression(mapped) || !ts.isPropertyAccessExpression(mapped.expression) || mapped.expression.name.text !== 'map')
    return false;
  return mapped.arguments.length === 1 && ts.isIdentifier(mapped.arguments[0]!) && mapped.arguments[0].text === QUOTE;
}

export function isFixedSql(node: ts.Expression): boolean {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return true;
  if (ts.isTemplateExpression(node))
    return node.templateSpans.every((span) => isIdentifierCall(span.expression, QUOTES) || isQuotedList(span.expression));
  if (isIdentifierCall(node, QUOTES)) return true;
  if (isIdentifierCall(node, COPY_BUILDERS)) return node.arguments.length === 1 && isFixedSql(node.arguments[0]!);
  return false;
}

/** The method a call sends SQL through, if it is one of those audited. */
function sqlCall(node: ts.CallExpression): string | null {
  const callee = node.expression;
  if (!ts.isPropertyAccessExpression(callee)) return null;
  const method = callee.name.text;
  if (SQL_METHODS.has(method)) return method;
  if (method === 'raw' && ts.isIdentifier(callee.expression) && callee.expression.text === 'Prisma') return 'Prisma.raw';
  return null;
}

/** Every audited call in one file's source whose SQL is not fixed in the code. */
export function auditSource(file: string, source: string): SqlFinding[] {
  const sourceFile = ts.createSourceFile(
    file,
    source,
    ts.ScriptTarget.Latest,
    true,
    file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const findings: SqlFinding[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node)) {
      const call = sqlCall(node);
      const [text] = node.arguments;
      if (call && text && !isFixedSql(text)) {
        const { line } = sourceFile.getLineAndCharacterOfPosition(text.getStart(sourceFile));
        findings.push({ file, line: line + 1, call, argument: text.getText(sourceFile).replace(/\s+/g, ' ').slice(0, 120) });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return findings;
}
