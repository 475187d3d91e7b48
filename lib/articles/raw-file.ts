import 'server-only';
import { db } from '../db/client';
import { ARTICLE_ID_PATTERN } from './ids';

export interface StoredFile {
  fileName: string;
  sha256: string;
  bytes: Uint8Array<ArrayBuffer>;
}

/** The file an article was made from, byte for byte, or null (unknown id, no file). */
export async function rawFileOfArticle(id: string): Promise<StoredFile | null> {
  if (!ARTICLE_ID_PATTERN.test(id)) return null;
  const row = await db().article.findUnique({
    where: { id },
    select: { rawFile: { select: { fileName: true, sha256: true, bytes: true } } },
  });
  return row?.rawFile ? { fileName: row.rawFile.fileName, sha256: row.rawFile.sha256, bytes: new Uint8Array(row.rawFile.bytes) } : null;
}
