import { Prisma } from '../db/generated/client';
import { searchDocument } from './document';

type Sql = Pick<Prisma.TransactionClient, '$executeRaw'>;

const vector = (title: string, body: string) =>
  Prisma.sql`setweight(to_tsvector('simple', ${title}), 'A') || setweight(to_tsvector('simple', ${body}), 'D')`;

/**
 * The folded and exact tsvectors of a title and body, title weighted A and body D. Articles and
 * their translations are indexed by this one function, so a query matches both the same way.
 *
 * The exact vector is NULL where it would equal the folded one, which is wherever the text has no
 * Latin diacritics (exact keys keep only those; lib/search/normalise.ts): all Arabic and Persian
 * text and most English. It only ranks matches, which
 * read `coalesce(search_exact, search_folded)`, and a second copy of a 3–4 KB vector is stored,
 * logged and read for nothing. A row whose folded vector is NULL has no search keys at all.
 */
export function searchVectors(title: string, paragraphs: readonly string[]): { folded: Prisma.Sql; exact: Prisma.Sql } {
  const doc = searchDocument(title, paragraphs);
  const same = doc.titleFolded === doc.titleExact && doc.bodyFolded === doc.bodyExact;
  return {
    folded: vector(doc.titleFolded, doc.bodyFolded),
    exact: same ? Prisma.sql`NULL` : vector(doc.titleExact, doc.bodyExact),
  };
}

/** Writes an article's search keys; call it in the transaction that writes the title or body. */
export async function writeSearchKeys(sql: Sql, id: string, title: string, paragraphs: readonly string[]): Promise<void> {
  const vectors = searchVectors(title, paragraphs);
  await sql.$executeRaw`UPDATE article SET search_folded = ${vectors.folded}, search_exact = ${vectors.exact} WHERE id = ${id}`;
}
