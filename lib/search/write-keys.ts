import type { Prisma } from '../db/generated/client';
import { searchDocument } from './document';

type Sql = Pick<Prisma.TransactionClient, '$executeRaw'>;

/** Writes an article's search keys; call it in the transaction that writes the title or body. */
export async function writeSearchKeys(sql: Sql, id: string, title: string, paragraphs: readonly string[]): Promise<void> {
  const doc = searchDocument(title, paragraphs);
  await sql.$executeRaw`UPDATE article SET
    search_folded = setweight(to_tsvector('simple', ${doc.titleFolded}), 'A') || setweight(to_tsvector('simple', ${doc.bodyFolded}), 'D'),
    search_exact = setweight(to_tsvector('simple', ${doc.titleExact}), 'A') || setweight(to_tsvector('simple', ${doc.bodyExact}), 'D')
    WHERE id = ${id}`;
}
