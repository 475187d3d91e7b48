import { previewUpload } from '@/lib/articles';
import { adminRoute } from '@/lib/http/admin-route';
import { readUpload } from '../upload-request';

export const dynamic = 'force-dynamic';

/** Reads one uploaded file and says what would be published; stores nothing. */
export const POST = adminRoute(async (request) => {
  // Reading a file takes no corrections: any other field is refused.
  const upload = await readUpload(request, []);
  if (upload instanceof Response) return upload;
  return Response.json(await previewUpload(upload.name, upload.bytes));
});
