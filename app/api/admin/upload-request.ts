import * as z from 'zod';
import { METADATA_FORM_FIELDS, UPLOAD_MAX_BYTES } from '@/lib/articles';
import { apiError } from '@/lib/http/api-error';

// Room for the multipart envelope and the corrections beside a file at the size limit.
const MAX_REQUEST_BYTES = UPLOAD_MAX_BYTES + 256_000;

export interface Upload {
  name: string;
  bytes: Uint8Array;
  fields: Map<string, string>;
}

const refuse = (status: number, error: string) => apiError(status, error, { status: 'error' });

/**
 * The multipart body's shape: one file in `file`, and only the text fields this endpoint reads,
 * each at most once. What the fields say is checked afterwards (metadataSchema).
 */
function uploadSchema(fields: readonly string[]) {
  return z.strictObject({
    file: z.array(z.instanceof(File)).length(1),
    ...Object.fromEntries(
      fields.map((name) => [name, z.array(z.string().max(4000, 'longer than 4,000 characters')).max(1, 'given more than once').optional()]),
    ),
  });
}

function describe(error: z.ZodError): string {
  const unknown = error.issues.flatMap((issue) => (issue.code === 'unrecognized_keys' ? issue.keys : []));
  if (unknown.length > 0) return `Unknown field${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}.`;
  const issue = error.issues[0]!;
  if (issue.path[0] === 'file') return 'Send exactly one file in the field "file".';
  return `Field "${String(issue.path[0])}" ${issue.message}.`;
}

/**
 * One file (field `file`) and the named text fields from a multipart request, or the error
 * response (413 too large, 415 not multipart, 400 anything else that does not fit).
 */
export async function readUpload(request: Request, fields: readonly string[] = METADATA_FORM_FIELDS): Promise<Upload | Response> {
  const length = Number(request.headers.get('content-length') ?? NaN);
  if (Number.isFinite(length) && length > MAX_REQUEST_BYTES) {
    return apiError(413, 'The file is larger than the upload limit.', { status: 'refused', file: '', reason: 'too-large' });
  }
  if (!request.headers.get('content-type')?.startsWith('multipart/form-data')) return refuse(415, 'Send the file as multipart/form-data.');
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return refuse(400, 'The upload could not be read.');
  }
  // Grouped through a Map: a field named `__proto__` must become a key, not the prototype.
  const grouped = new Map<string, FormDataEntryValue[]>();
  for (const [key, value] of form) grouped.set(key, [...(grouped.get(key) ?? []), value]);
  const parsed = uploadSchema(fields).safeParse(Object.fromEntries(grouped));
  if (!parsed.success) return refuse(400, describe(parsed.error));
  const file = parsed.data.file[0]!;
  const values = new Map<string, string>();
  for (const [name, [value]] of grouped) if (typeof value === 'string') values.set(name, value);
  // The name is stored and shown: control characters (NUL above all) never belong in it.
  const name = file.name.replace(/[\u0000-\u001F\u007F]/g, '').slice(0, 255);
  return { name: name || 'upload.txt', bytes: new Uint8Array(await file.arrayBuffer()), fields: values };
}
