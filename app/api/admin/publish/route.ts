import { METADATA_FORM_FIELDS, metadataFromForm, metadataSchema, publishUpload } from '@/lib/articles';
import { checkMetadataForm } from '@/lib/articles/metadata-schema';
import { adminRoute } from '@/lib/http/admin-route';
import { apiError } from '@/lib/http/api-error';
import { readUpload } from '../upload-request';

export const dynamic = 'force-dynamic';

// Sent by the form's "publish anyway" checkbox: the admin has seen that the text nearly repeats a
// stored article and publishes it on purpose.
const PUBLISH_ANYWAY = 'publishAnyway';

/**
 * Publishes one uploaded file with the admin's corrections. The bytes are ingested again on the
 * server; the raw file, article and audit entry are stored in one transaction or not at all.
 */
export const POST = adminRoute(async (request, admin) => {
  const upload = await readUpload(request, [...METADATA_FORM_FIELDS, PUBLISH_ANYWAY]);
  if (upload instanceof Response) return upload;
  const anyway = upload.fields.get(PUBLISH_ANYWAY);
  if (anyway !== undefined && anyway !== 'yes') return apiError(400, `Field "${PUBLISH_ANYWAY}" is "yes" or absent.`, { status: 'error' });
  const corrections = metadataSchema.safeParse(metadataFromForm(upload.fields));
  if (!corrections.success) {
    const issues = corrections.error.issues.map((issue) => ({ field: String(issue.path[0] ?? ''), message: issue.message }));
    // `errors` are the form's fields with message keys and values, as the single Publish shows them.
    const checked = checkMetadataForm(upload.fields);
    const named = [...new Set(issues.map((issue) => issue.field))].join(', ');
    return apiError(400, `Some corrections are not valid (${named}); see issues.`, {
      status: 'invalid',
      issues,
      errors: checked.ok ? [] : checked.errors,
    });
  }
  try {
    return Response.json(
      await publishUpload(upload.name, upload.bytes, corrections.data, admin.email, { publishAnyway: anyway === 'yes' }),
    );
  } catch (error) {
    console.error(`Publishing ${upload.name} failed; nothing was stored for it:`, error);
    return apiError(500, `Publishing ${upload.name} failed; nothing was stored for it. Try again.`, {
      status: 'failed',
      file: upload.name,
    });
  }
});
