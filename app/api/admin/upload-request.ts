import { UPLOAD_MAX_BYTES } from '@/lib/articles';

// Room for the multipart envelope and the corrections beside a file at the size limit.
const MAX_REQUEST_BYTES = UPLOAD_MAX_BYTES + 256_000;

export interface Upload {
  name: string;
  bytes: Uint8Array;
  fields: Map<string, string>;
}

const refuse = (status: number, error: string) => Response.json({ status: 'error', error }, { status });

/** One file (field `file`) and text fields from a multipart request, or the error response. */
export async function readUpload(request: Request): Promise<Upload | Response> {
  const length = Number(request.headers.get('content-length') ?? NaN);
  if (Number.isFinite(length) && length > MAX_REQUEST_BYTES) {
    return Response.json({ status: 'refused', file: '', reason: 'too-large', error: 'The file is larger than the upload limit.' }, { status: 413 });
  }
  if (!request.headers.get('content-type')?.startsWith('multipart/form-data')) return refuse(415, 'Send the file as multipart/form-data.');
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return refuse(400, 'The upload could not be read.');
  }
  const file = form.get('file');
  if (!(file instanceof File)) return refuse(400, 'No file in the field "file".');
  const fields = new Map<string, string>();
  for (const [key, value] of form) if (typeof value === 'string') fields.set(key, value);
  return { name: file.name.slice(0, 255) || 'upload.txt', bytes: new Uint8Array(await file.arrayBuffer()), fields };
}
