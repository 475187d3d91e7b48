import type { PreviewResult, PublishResult } from '@/lib/articles/publish';

export type InvalidResult = { status: 'invalid'; issues: { field: string; message: string }[] };
export type TransportFailure = { status: 'failed' } | { status: 'unauthorised' };

/**
 * POSTs a multipart body with XMLHttpRequest, which (unlike fetch) reports upload progress.
 * Resolves with the JSON answer, or a failure that says nothing about what the server stored.
 */
export function send<T>(
  url: string,
  body: FormData,
  onProgress: (fraction: number) => void,
): Promise<T | InvalidResult | TransportFailure> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.responseType = 'json';
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    xhr.onload = () => {
      if (xhr.status === 401 || xhr.status === 403) return resolve({ status: 'unauthorised' });
      const answer = xhr.response as { status?: string } | null;
      if (answer && typeof answer.status === 'string' && answer.status !== 'error') return resolve(answer as T);
      resolve({ status: 'failed' });
    };
    xhr.onerror = () => resolve({ status: 'failed' });
    xhr.onabort = () => resolve({ status: 'failed' });
    xhr.send(body);
  });
}

export function previewFile(file: File, onProgress: (fraction: number) => void) {
  const body = new FormData();
  body.append('file', file);
  return send<PreviewResult>('/api/admin/preview', body, onProgress);
}

export function publishFile(file: File, corrections: FormData, onProgress: (fraction: number) => void) {
  const body = new FormData();
  for (const [key, value] of corrections) if (typeof value === 'string') body.append(key, value);
  body.append('file', file);
  return send<PublishResult>('/api/admin/publish', body, onProgress);
}
