import * as z from 'zod';
import { ARTICLE_ID_PATTERN } from '@/lib/articles/ids';
import { rawFileOfArticle } from '@/lib/articles/raw-file';
import { adminRoute } from '@/lib/http/admin-route';
import { apiError } from '@/lib/http/api-error';
import { attachmentHeaders } from '@/lib/security/download';

export const dynamic = 'force-dynamic';

const paramsSchema = z.object({ id: z.string().regex(ARTICLE_ID_PATTERN, 'an article id is 12 lower-case letters and digits') });

/** The original uploaded file of an article, for admins: always a download, never a page. */
export const GET = adminRoute(async (_request, _admin, { params }: RouteContext<'/api/admin/articles/[id]/raw'>) => {
  const parsed = paramsSchema.safeParse(await params);
  if (!parsed.success) return apiError(400, `Invalid article id: ${parsed.error.issues[0]!.message}.`);
  const file = await rawFileOfArticle(parsed.data.id);
  if (!file) return apiError(404, 'No stored file for this article.');
  return new Response(file.bytes, { headers: attachmentHeaders(file.fileName, file.bytes.byteLength, file.sha256) });
});
