import * as z from 'zod';
import { ARTICLE_ID_PATTERN } from '@/lib/articles/ids';
import { rawFileOfArticle } from '@/lib/articles/raw-file';
import { requireAdminApi } from '@/lib/auth/require-admin';
import { attachmentHeaders } from '@/lib/security/download';

export const dynamic = 'force-dynamic';

const paramsSchema = z.object({ id: z.string().regex(ARTICLE_ID_PATTERN, 'an article id is 12 lower-case letters and digits') });

/** The original uploaded file of an article, for admins: always a download, never a page. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const admin = await requireAdminApi();
  if (admin instanceof Response) return admin;
  const parsed = paramsSchema.safeParse(await params);
  if (!parsed.success) return Response.json({ error: `Invalid article id: ${parsed.error.issues[0]!.message}.` }, { status: 400 });
  const file = await rawFileOfArticle(parsed.data.id);
  if (!file) return Response.json({ error: 'No stored file for this article.' }, { status: 404 });
  return new Response(file.bytes, { headers: attachmentHeaders(file.fileName, file.bytes.byteLength, file.sha256) });
}
