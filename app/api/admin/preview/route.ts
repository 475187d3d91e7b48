import { previewUpload } from '@/lib/articles';
import { requireAdminApi } from '@/lib/auth/require-admin';
import { readUpload } from '../upload-request';

export const dynamic = 'force-dynamic';

/** Reads one uploaded file and says what would be published; stores nothing. */
export async function POST(request: Request): Promise<Response> {
  const admin = await requireAdminApi();
  if (admin instanceof Response) return admin;
  // Reading a file takes no corrections: any other field is refused.
  const upload = await readUpload(request, []);
  if (upload instanceof Response) return upload;
  return Response.json(await previewUpload(upload.name, upload.bytes));
}
