/**
 * The one shape of every error the JSON API answers: an object whose `error` is a sentence saying
 * what was wrong and what to do, in English for the machine's operator. Other fields add what a
 * client may act on: `code` (a stable word, such as `unauthorised`), `status` (the upload
 * endpoints' state of the file), `issues` (field by field). Errors are never cached.
 */
export interface ApiErrorBody {
  error: string;
  code?: string;
  [detail: string]: unknown;
}

export function apiError(
  status: number,
  error: string,
  details: Omit<ApiErrorBody, 'error'> = {},
  headers: Record<string, string> = {},
): Response {
  return Response.json({ ...details, error } satisfies ApiErrorBody, { status, headers: { 'Cache-Control': 'no-store', ...headers } });
}
