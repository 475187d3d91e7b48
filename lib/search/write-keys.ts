import { Prisma } from '../db/generated/client';
import { searchDocument } from './document';

type Sql = Pick<Prisma.TransactionClient, '$executeRaw'>;

/**
 * The folded and exact tsvectors of a title and body, title weighted A and body D. Articles and
 * their translations are indexed by this one function, so a query matches both the same way.
 */
export function searchVectors(title: string, paragraphs: readonly string[]): { folded: Prisma.Sql; exact: Prisma.Sql } {
  const doc = searchDocument(title, paragraphs);
  return {
    folded: Prisma.sql`setweight(to_tsvector('simple', ${doc.titleFolded}), 'A') || setweight(to_tsvector('simple', ${doc.bodyFolded}), 'D')`,
    exact: Prisma.sql`setweight(to_tsvector('simple', ${doc.titleExact}), 'A') || setweight(to_tsvector('simple', ${doc.bodyExact}), 'D')`,
  };
}

/** Writes an article's search keys; call it in the transaction that writes the title or body. */
export async function writeSearchKeys(sql: Sql, id: string, title: string, paragraphs: readonly string[]): Promise<void> {
  const vectors = searchVectors(title, paragraphs);
  await sql.$executeRaw`UPDATE article SET search_folded = ${vectors.folded}, search_exact = ${vectors.exact} WHERE id = ${id}`;
}
